// Inside the portal's iframe: post the widget's height to the page that embeds this one.
// A real deployment writes the portal's origin in the attribute directly.
document.querySelector('mrcc-explorer').setAttribute('resize-parent', window.location.origin);
