// The situation changes that `make bench` and tools/profile-updates.mjs time, in one place.

/**
 * Runs in the page (pass it to Playwright's `evaluate`): `changes` changes of the widget's
 * `situation` attribute, each timed from the attribute's change to the `mrcc-change` event that
 * follows the updated DOM. Returns the times in milliseconds. Self-contained, as `evaluate`
 * sends its source to the page.
 */
export async function timeSituationChanges(changes) {
  const element = document.querySelector('mrcc-explorer');
  const situations = ['histology=clear-cell&risk=poor', 'primary=removed&sites=one-or-two', 'locations=bone,lung&prior-systemic=yes', 'risk=favorable'];
  const times = [];
  for (let i = 0; i < changes; i++) {
    // A widget that stopped (a refused dataset, an error) sends no event: fail, do not wait forever.
    const changed = new Promise((resolve, reject) => {
      element.addEventListener('mrcc-change', resolve, { once: true });
      setTimeout(() => reject(new Error(`no mrcc-change within 10 s of change ${i}`)), 10_000);
    });
    const start = performance.now();
    element.setAttribute('situation', `${situations[i % situations.length]}&sites=${i % 2 ? 'one-or-two' : 'three-or-more'}`);
    await changed;
    times.push(performance.now() - start);
  }
  return times;
}
