// Records every message this page receives, and follows the frame's height.
import { followHeight } from '/pkg/mrcc-explorer-parent.js';

window.__messages = [];
window.addEventListener('message', (event) => window.__messages.push({ origin: event.origin, data: event.data }));
const frame = document.getElementById('frame');
followHeight(frame, window.location.origin);
const parent = new URLSearchParams(window.location.search).get('parent') ?? window.location.origin;
frame.src = `/pages/frame.html?parent=${encodeURIComponent(parent)}`;
