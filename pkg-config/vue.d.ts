// Generated from src/model/contract.rs by `make generate`: edit that file, not this one.
// mrcc-explorer/vue: defines <mrcc-explorer> (as the main entry does) and declares it to Vue's
// template type-checking (vue-tsc, Volar). Vue must also be told it is a custom element:
// `compilerOptions.isCustomElement: (tag) => tag === 'mrcc-explorer'` (docs/frameworks.md).
//   <mrcc-explorer situation="risk=poor" @mrcc-ready="(event) => console.log(event.detail.version)" />
import type { DefineComponent } from 'vue';
import type { MrccReadyDetail, MrccChangeDetail, MrccActivityDetail, MrccErrorDetail, MrccExplorerAttributes } from './mrcc-explorer.js';

export * from './mrcc-explorer.js';

declare module 'vue' {
  interface GlobalComponents {
    'mrcc-explorer': DefineComponent<
      MrccExplorerAttributes & {
        'onMrcc-ready'?: (event: CustomEvent<MrccReadyDetail>) => void;
        'onMrcc-change'?: (event: CustomEvent<MrccChangeDetail>) => void;
        'onMrcc-activity'?: (event: CustomEvent<MrccActivityDetail>) => void;
        'onMrcc-error'?: (event: CustomEvent<MrccErrorDetail>) => void;
      }
    >;
  }
}
