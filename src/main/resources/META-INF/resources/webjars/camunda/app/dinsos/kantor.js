/*
 * The office bar in the header of Tasklist, Cockpit, Admin and the welcome page: the office (tenant)
 * and the roles of the logged-in user, and the language switch. Loaded as a custom script by each
 * app's config.js; it reads /api/pengguna/saya (CurrentUserController) with the webapp session.
 */
import { LANGUAGES, chooseLanguage, chosenLanguage } from './bahasa.js';

const BAR_ID = 'dinsos-kantor';
const APP = document.querySelector('base').getAttribute('app-name');
// Tasklist and the welcome page have room in the header; Cockpit and Admin fill it with their menu
const IN_HEADER = APP === 'tasklist' || APP === 'welcome';

function text(tag, className, content) {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = content;
  return element;
}

function render(user) {
  const bar = document.createElement('div');
  bar.id = BAR_ID;
  bar.className = IN_HEADER ? 'dinsos-kantor-header' : 'dinsos-kantor-footer';
  if (user) {
    const offices = user.kantor.map((office) => office.nama).join(', ') || 'Tanpa kantor';
    const roles = user.peran.map((role) => role.nama).join(', ') || 'Tanpa peran';
    bar.append(text('span', 'dinsos-kantor-nama', offices),
      text('span', 'dinsos-kantor-peran', `${user.id} · ${roles}`));
  }
  const other = chosenLanguage() === 'id' ? 'en' : 'id';
  const switcher = text('a', 'dinsos-kantor-bahasa', LANGUAGES[other]);
  switcher.href = '';
  switcher.addEventListener('click', (event) => {
    event.preventDefault();
    chooseLanguage(other);
  });
  bar.append(switcher);
  return bar;
}

async function currentUser() {
  const root = document.querySelector('base').getAttribute('app-root').replace(/\/camunda$/, '');
  const response = await fetch(`${root}/api/pengguna/saya`, { credentials: 'same-origin' });
  return response.status === 200 ? response.json() : null;
}

let shown = null;

async function refresh() {
  const header = IN_HEADER ? document.querySelector('[cam-widget-header]') : document.body;
  if (!header) {
    return;
  }
  const user = await currentUser().catch(() => null);
  const key = JSON.stringify(user);
  if (key !== shown || !document.getElementById(BAR_ID)) {
    document.getElementById(BAR_ID)?.remove();
    header.append(render(user));
    shown = key;
  }
}

// the webapps change route on login and logout; Angular may also re-render the header
window.addEventListener('hashchange', refresh);
new MutationObserver(() => {
  if (!document.getElementById(BAR_ID)) {
    refresh();
  }
}).observe(document.body, { childList: true, subtree: true });
refresh();
