// The application shell: header with the signed-in professional, navigation, and the page of the current route.

import { clearToken, clientConfig, graphql, setToken, signedIn } from '../api.js';
import { h } from '../dom.js';
import {
  dropAllDrafts, keepDraftsOnlyFor, rememberDraftOwner, rememberPage, takeRememberedPage,
} from '../drafts.js';
import { label, PROFESSIONAL_ROLES } from '../logic/labels.js';
import { canRunReports } from '../logic/reports.js';
import { parseRoute } from '../logic/routes.js';
import { completeSignIn, signOutAtProvider } from '../oidc.js';
import { ME } from '../queries.js';
import { mountAccessLog } from './AccessLog.js';
import { mountConsentPanel } from './ConsentPanel.js';
import { mountFamilyList } from './FamilyList.js';
import { mountFamilyOverview } from './FamilyOverview.js';
import { mountHandover } from './Handover.js';
import { mountMeetings } from './Meetings.js';
import { mountPlanBoard } from './PlanBoard.js';
import { mountPlanPrint } from './PlanPrint.js';
import { mountReports } from './Reports.js';
import { mountSignIn } from './SignIn.js';
import { loading } from './Status.js';

const PAGES = {
  families: mountFamilyList,
  overview: mountFamilyOverview,
  handover: mountHandover,
  meetings: mountMeetings,
  consents: mountConsentPanel,
  plan: mountPlanBoard,
  print: mountPlanPrint,
  'access-log': mountAccessLog,
  reports: mountReports,
};

const PAGE_TITLES = {
  families: 'Mine familier',
  overview: 'Overblik',
  handover: 'Overdragelse',
  meetings: 'Møder og indsatser',
  consents: 'Samtykker',
  plan: 'Familiens Plan',
  print: 'Planen til udskrift',
  'access-log': 'Adgangslog',
  reports: 'Rapporter',
};

export function mountApp(root) {
  const state = { config: { oidc: null }, me: null, notice: null };
  const user = h('div', { class: 'app-header__user' });
  const nav = h('nav', { class: 'app-nav', 'aria-label': 'Hovedmenu' });
  const main = h('main', { id: 'main', class: 'app-main', tabindex: '-1' });
  root.replaceChildren(
    h('a', { class: 'skip-link', href: '#main', onclick: (event) => { event.preventDefault(); main.focus(); } },
      'Gå til indhold'),
    h('header', { class: 'app-header' },
      h('p', { class: 'app-header__title' }, h('a', { href: '#/' }, 'HFI Familiegraf')),
      nav, user),
    main,
    h('footer', { class: 'app-footer' }, h('p', null, 'Københavns Kommune – Helhedsorienteret Familieindsats (HFI)')));

  root.addEventListener('signIn', (event) => {
    setToken(event.detail.token);
    state.me = null;
    state.notice = null;
    // After a session timeout the user comes back to the page they were on (its unsaved text is in the tab).
    const target = takeRememberedPage() ?? '#/';
    if ((window.location.hash || '#/') !== target) {
      window.location.hash = target;
    }
    else {
      render();
    }
  });
  window.addEventListener('sessionExpired', () => {
    rememberPage(window.location.hash);
    rememberDraftOwner(state.me?.professional?.id);
    state.me = null;
    state.notice = { extensions: { code: 'UNAUTHENTICATED' } };
    // After the failed page has shown its own error (a microtask), so that the sign-in form replaces it.
    setTimeout(() => render(), 0);
  });
  window.addEventListener('hashchange', () => render(true));

  function signOut() {
    clearToken();
    dropAllDrafts();
    state.me = null;
    state.notice = null;
    if (signOutAtProvider(state.config.oidc)) {
      return;
    }
    window.location.hash = '#/';
    render();
  }

  function renderChrome(route) {
    document.body.classList.toggle('print-page', route.page === 'print');
    nav.replaceChildren();
    user.replaceChildren();
    if (!state.me) {
      return;
    }
    const current = route.page === 'reports' ? 'reports' : 'families';
    nav.append(h('ul', null,
      h('li', null, h('a', { href: '#/', 'aria-current': current === 'families' ? 'page' : null }, 'Mine familier')),
      // Reports are for the support team and management only (the API answers FORBIDDEN to anyone else).
      canRunReports(state.me.professional)
        ? h('li', null, h('a', { href: '#/rapporter', 'aria-current': current === 'reports' ? 'page' : null }, 'Rapporter'))
        : null));
    const professional = state.me.professional;
    user.append(
      h('p', { class: 'app-header__who' },
        h('span', { class: 'app-header__name', 'data-testid': 'signed-in-name' }, professional.name),
        h('span', { class: 'app-header__role' },
          `${professional.title || label(PROFESSIONAL_ROLES, professional.role)}, ${professional.administration}`)),
      h('button', { type: 'button', class: 'button button--secondary', onclick: signOut }, 'Log ud'));
  }

  async function loadMe() {
    const { data, errors } = await graphql(ME);
    const me = data?.me;
    if (!me || me.__typename !== 'ProfessionalCaller') {
      throw errors?.[0] ?? { extensions: { code: 'FORBIDDEN' } };
    }
    return me;
  }

  async function render(navigated = false) {
    const route = parseRoute(window.location.hash);
    document.title = `${PAGE_TITLES[route.page] ?? 'Siden findes ikke'} – HFI Familiegraf`;
    if (!signedIn()) {
      document.title = 'Log ind – HFI Familiegraf';
      renderChrome(route);
      mountSignIn(main, { config: state.config, notice: state.notice });
      return;
    }
    if (!state.me) {
      main.replaceChildren(loading('Henter dine oplysninger …'));
      try {
        state.me = await loadMe();
        keepDraftsOnlyFor(state.me?.professional?.id);
      }
      catch (error) {
        clearToken();
        document.title = 'Log ind – HFI Familiegraf';
        state.notice = error;
        renderChrome(route);
        mountSignIn(main, { config: state.config, notice: error });
        return;
      }
    }
    renderChrome(route);
    const mount = PAGES[route.page];
    if (!mount) {
      main.replaceChildren(h('h1', null, 'Siden findes ikke'), h('p', null, h('a', { href: '#/' }, 'Gå til Mine familier')));
    }
    else {
      mount(main, { familyId: route.familyId, me: state.me });
    }
    if (navigated) {
      main.focus();
    }
  }

  (async () => {
    state.config = await clientConfig();
    try {
      const token = await completeSignIn(state.config.oidc);
      if (token) {
        setToken(token);
        // Back from the identity provider after a session timeout: to the page the user was on.
        const target = takeRememberedPage();
        if (target && window.location.hash !== target) {
          window.location.hash = target;
          return;
        }
      }
    }
    catch {
      state.notice = { extensions: { code: 'UNAUTHENTICATED' } };
    }
    render();
  })();
}

