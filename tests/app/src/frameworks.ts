// The Vue and Svelte typings: each declares <mrcc-explorer> in its framework's own registry.
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { MrccChangeDetail } from 'mrcc-explorer';
import 'mrcc-explorer/vue';
import 'mrcc-explorer/svelte';

type VueExplorer = GlobalComponents['mrcc-explorer'];
const vue: VueExplorer | null = null;

const svelte: SvelteHTMLElements['mrcc-explorer'] = {
  situation: 'risk=poor',
  'appointment-url': 'https://hospital.example/appointments',
  'onmrcc-change': (event: CustomEvent<MrccChangeDetail>) => console.log(event.detail.results),
};
// @ts-expect-error: an attribute the element does not have
const wrong: SvelteHTMLElements['mrcc-explorer'] = { 'appointment-uri': 'x' };
console.log(vue, svelte, wrong);
