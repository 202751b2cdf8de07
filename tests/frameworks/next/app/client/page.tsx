import { Widget } from './widget';

export default function ClientPage() {
  return (
    <main>
      <h1>In a client component</h1>
      <Widget />
    </main>
  );
}
