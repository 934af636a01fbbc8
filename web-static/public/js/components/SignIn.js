// Sign-in: a demo professional in demo mode, or the identity provider (OpenID Connect with PKCE).

import { demoDirectory, demoToken } from '../api.js';
import { h, uid } from '../dom.js';
import { ADMINISTRATIONS, ADMINISTRATION_NAMES } from '../logic/labels.js';
import { startSignIn } from '../oidc.js';
import { errorMessage, loading } from './Status.js';

export function mountSignIn(container, { config, notice }) {
  const section = h('section', { class: 'sign-in', 'aria-labelledby': 'sign-in-heading' },
    h('h1', { id: 'sign-in-heading' }, 'Log ind'),
    notice ? errorMessage(notice) : null);
  container.replaceChildren(section);

  if (config?.oidc?.issuer && config.oidc.clientId) {
    const feedback = h('div');
    section.append(h('div', { class: 'sign-in__oidc' },
      h('button', {
        type: 'button',
        class: 'button',
        onclick: async () => {
          feedback.replaceChildren(loading('Sender dig videre til login …'));
          try {
            await startSignIn(config.oidc);
          }
          catch {
            feedback.replaceChildren(errorMessage({ extensions: { code: 'NETWORK' } }, 'Login-tjenesten svarer ikke.'));
          }
        },
      }, 'Log ind med Københavns Kommunes login'), feedback));
  }

  const demo = h('div', { class: 'sign-in__demo' }, loading('Henter demo-medarbejdere …'));
  section.append(demo);
  demoDirectory().then((directory) => {
    if (!directory) {
      demo.replaceChildren(config?.oidc?.issuer ? '' : h('p', null, 'Der er ikke sat et login op for denne installation.'));
      return;
    }
    demo.replaceChildren(demoForm(container, directory));
  }, (error) => demo.replaceChildren(errorMessage(error)));
}

function demoForm(container, directory) {
  const selectId = uid('demo-professional');
  const feedback = h('div', { class: 'sign-in__feedback' });
  const select = h('select', { id: selectId, name: 'professional', required: true },
    ADMINISTRATIONS.map((administration) => h('optgroup', { label: `${administration} – ${ADMINISTRATION_NAMES[administration]}` },
      directory.professionals
        .filter((professional) => professional.administration === administration)
        .map((professional) => h('option', { value: professional.id },
          `${professional.name}, ${professional.title}${professional.supportTeam ? ' (supportteam)' : ''}`
          + ` – ${professional.families.length} ${professional.families.length === 1 ? 'familie' : 'familier'}`)))));
  const form = h('form', { class: 'sign-in__form', novalidate: true },
    h('h2', null, 'Demo: vælg en medarbejder'),
    h('p', { class: 'sign-in__hint' }, 'Demo-tilstand: alle data er opdigtede. Du logger ind som den valgte medarbejder.'),
    h('label', { for: selectId }, 'Medarbejder'),
    select,
    h('button', { type: 'submit', class: 'button' }, 'Log ind'),
    feedback);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    feedback.replaceChildren(loading('Logger ind …'));
    try {
      const token = await demoToken(select.value);
      container.dispatchEvent(new CustomEvent('signIn', { bubbles: true, detail: { token } }));
    }
    catch (error) {
      feedback.replaceChildren(errorMessage(error, 'Login mislykkedes.'));
    }
  });
  return form;
}
