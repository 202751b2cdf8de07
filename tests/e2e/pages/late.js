// Sets properties on a not-yet-upgraded element, then loads the module that defines it.
const element = document.getElementById('late');
element.situation = 'histology=non-clear-cell&sites=three-or-more';
element.appointmentUrl = 'https://example.org/late';
await import('/pkg/mrcc-explorer.js');
