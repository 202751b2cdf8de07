// The portal's side of the iframe height protocol: accept height messages only from the
// frame's own window and origin.
import { followHeight } from './mrcc-explorer/mrcc-explorer-parent.js';

const frame = document.querySelector('iframe.widget-frame');
followHeight(frame, window.location.origin);
