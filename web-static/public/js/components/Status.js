// Progress and error messages shown where the content will appear.

import { h } from '../dom.js';
import { messageFor } from '../logic/errors.js';

/** A progress indicator for a load; replace it with the content when done. */
export function loading(text) {
  return h('p', { class: 'status-loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

/** An understandable error message next to what caused it; with `retry`, a button to try again. */
export function errorMessage(error, prefix, retry) {
  return h('p', { class: 'status-error', role: 'alert' }, prefix ? `${prefix} ` : '', messageFor(error),
    retry ? [' ', h('button', { type: 'button', class: 'button button--small status-error__retry', onclick: retry }, 'Prøv igen')] : '');
}

/** A success message. */
export function successMessage(text) {
  return h('p', { class: 'status-success', role: 'status' }, text);
}
