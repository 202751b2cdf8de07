// Plain TypeScript against the package's typings: the tag map, typed events and properties,
// define() under another name, and the portal's parent script.
import type { MrccErrorDetail, MrccResult, MrccSituationChoices } from 'mrcc-explorer';
import { define, MrccExplorerElement } from 'mrcc-explorer/define';
import { followHeight } from 'mrcc-explorer/parent';

const explorer = document.createElement('mrcc-explorer');
const element: MrccExplorerElement = explorer; // the tag map gives the element's own type
element.situation = 'risk=poor';
element.appointmentUrl = 'https://hospital.example/appointments';
MrccExplorerElement.destroyDelay = 5000;
const results: MrccResult[] | null = element.results;
const risk: MrccSituationChoices['risk'] = 'favorable';

element.addEventListener('mrcc-change', (event) => {
  const ids: string[] = event.detail.results.map((result) => result.id);
  console.log(ids, event.detail.situation, results, risk);
});
element.addEventListener('mrcc-error', (event) => {
  const code: MrccErrorDetail['code'] = event.detail.code;
  console.log(code);
});

const registered: CustomElementConstructor | undefined = define('hospital-explorer');
const stop: () => void = followHeight(document.createElement('iframe'), 'https://widget.hospital.example');
stop();
console.log(registered);

// @ts-expect-error: an unknown attribute property is a type error
element.appointmentURL = 'x';
// @ts-expect-error: fit is one of three words
const fit: MrccResult['fit'] = 'maybe';
console.log(fit);
