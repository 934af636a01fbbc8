// Sign-in through the identity provider (OpenID Connect, authorization code with PKCE). In demo mode the provider is
// the application's own authorization server, and a demo professional is chosen here and handed over as login_hint.

import { demoDirectory } from '../api.js';
import { h, uid } from '../dom.js';
import { ADMINISTRATIONS, ADMINISTRATION_NAMES } from '../logic/labels.js';
import { startSignIn } from '../oidc.js';
import { errorMessage, loading } from './Status.js';

export function mountSignIn(container, { config, notice }) {
  const section = h('section', { class: 'sign-in', 'aria-labelledby': 'sign-in-heading' },
    h('h1', { id: 'sign-in-heading' }, 'Log ind'),
    notice ? errorMessage(notice) : null);
  container.replaceChildren(section);

  const oidc = config?.oidc?.issuer && config.oidc.clientId ? config.oidc : null;
  const body = h('div', { class: 'sign-in__demo' }, loading('Henter demo-medarbejdere …'));
  section.append(body);
  demoDirectory().then((directory) => {
    if (directory && oidc) {
      body.replaceChildren(demoForm(oidc, directory));
    }
    else if (oidc) {
      body.replaceChildren(providerButton(oidc));
    }
    else {
      body.replaceChildren(h('p', null, 'Der er ikke sat et login op for denne installation.'));
    }
  }, (error) => body.replaceChildren(errorMessage(error)));
}

async function redirectToProvider(oidc, feedback, options) {
  feedback.replaceChildren(loading('Sender dig videre til login …'));
  try {
    await startSignIn(oidc, options);
  }
  catch {
    feedback.replaceChildren(errorMessage({ extensions: { code: 'NETWORK' } }, 'Login-tjenesten svarer ikke.'));
  }
}

function providerButton(oidc) {
  const feedback = h('div');
  return h('div', { class: 'sign-in__oidc' },
    h('button', { type: 'button', class: 'button', onclick: () => redirectToProvider(oidc, feedback) },
      'Log ind med Københavns Kommunes login'),
    feedback);
}

function demoForm(oidc, directory) {
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
    h('p', { class: 'sign-in__hint' }, 'Demo-tilstand: alle data er opdigtede. Du logger ind som den valgte medarbejder'
      + ' gennem applikationens egen login-tjeneste.'),
    h('label', { for: selectId }, 'Medarbejder'),
    select,
    h('button', { type: 'submit', class: 'button' }, 'Log ind'),
    feedback);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    redirectToProvider(oidc, feedback, { loginHint: select.value });
  });
  return form;
}
