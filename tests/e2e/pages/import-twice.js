// Importing again, and calling define() again for both names, must not throw.
import { define } from '/pkg/mrcc-explorer.js';
import { define as defineCopy } from '/pkg-copy/mrcc-explorer.js';

define();
defineCopy();
define('other-explorer');
defineCopy('other-explorer');
window.__definedTwice = true;
