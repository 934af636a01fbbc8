// A tiny DOM builder. Children and the `text` property always become text nodes: never HTML.

export function h(tag, props, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) {
      continue;
    }
    if (key === 'class') {
      element.className = value;
    }
    else if (key === 'text') {
      element.textContent = value;
    }
    else if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2).toLowerCase(), value);
    }
    else if (value === true) {
      element.setAttribute(key, '');
    }
    else {
      element.setAttribute(key, String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

let ids = 0;

/** A unique id for label/aria associations. */
export function uid(prefix) {
  ids += 1;
  return `${prefix}-${ids}`;
}
