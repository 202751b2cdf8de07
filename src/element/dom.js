// What the element's later modules (share, knowledge, care) build their controls with: elements
// from names, attributes and text only (never HTML), an interface text's placeholders filled in,
// and a copy to the clipboard that says whether it worked.

/** `<name attributes…>children</name>`; children are nodes or strings (text). */
export function element(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [attribute, value] of Object.entries(attributes)) node.setAttribute(attribute, value);
  node.append(...children);
  return node;
}

/** `template` with each `{name}` of `values` filled in; an unknown one is left as written. */
export const fill = (template, values) => template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));

/** Copies `text`; false on plain http or when refused (the reader can still select it). */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
