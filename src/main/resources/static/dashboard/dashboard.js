// The dashboard: a static shell that draws itself from the REST API. Everything from the API is written with
// textContent, never as HTML.
import { Unauthorized, forgetKey, hasCredential, json, rememberKey, useTeamsToken } from './api.js';
import { drawRagHistory } from './chart.js';
import { wireReport } from './report.js';
import { applyTheme, followSystemTheme, inTeams, loadTeams } from './teams.js';
import { wireUpkeep } from './upkeep.js';

const $ = (id) => document.getElementById(id);
const WORDS = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green' };
const TREND = { up: 'Improving', down: 'Worsening', same: 'No change this week', new: 'New this week' };
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const RECENT_DAYS = 30;
const strategy = new URLSearchParams(window.location.search).get('strategy');

function withStrategy(path) {
  if (!strategy) {
    return path;
  }
  return `${path}${path.includes('?') ? '&' : '?'}strategy=${encodeURIComponent(strategy)}`;
}

function node(tag, text, className) {
  const n = document.createElement(tag);
  if (text !== undefined && text !== null) {
    n.textContent = text;
  }
  if (className) {
    n.className = className;
  }
  return n;
}

function rag(value) {
  return node('span', value ? WORDS[value] : 'No RAG', `rag ${value ? value.toLowerCase() : 'none'}`);
}

function day(text) {
  return text ? DAY.format(new Date(text)) : '—';
}

// --- signing in -------------------------------------------------------------------------------------------

function showSignIn(message) {
  $('loading').hidden = true;
  $('content').hidden = true;
  $('nav').hidden = true;
  $('sign-out').hidden = true;
  $('signin').hidden = false;
  const error = $('signin-error');
  error.hidden = !message;
  error.textContent = message || '';
  $('api-key').value = '';
  $('api-key').focus();
}

$('signin-form').addEventListener('submit', (event) => {
  event.preventDefault();
  rememberKey($('api-key').value.trim());
  load();
});

$('sign-out').addEventListener('click', () => {
  forgetKey();
  showSignIn('You are signed out.');
});

function failed(error) {
  if (error instanceof Unauthorized) {
    // a refused Teams token gives way to the key form, so a key typed there is the one sent
    useTeamsToken(null);
    forgetKey();
    showSignIn('That access key was not accepted, or your sign-in has ended. Enter a valid access key.');
    return;
  }
  $('loading').hidden = false;
  $('loading').textContent = `Could not load the dashboard: ${error.message}`;
}

// --- the page ---------------------------------------------------------------------------------------------

async function load() {
  $('signin').hidden = true;
  $('loading').hidden = false;
  $('loading').textContent = 'Loading…';
  try {
    const since = new Date(Date.now() - RECENT_DAYS * 86400000).toISOString().slice(0, 10);
    const [view, history, updates] = await Promise.all([
      json(withStrategy('/api/dashboard')),
      json(withStrategy('/api/rag-history?months=12')),
      json(withStrategy(`/api/updates?since=${since}`)),
    ]);
    drawHeader(view);
    drawCards(view.priorities);
    drawRagHistory($('chart'), history, view.priorities);
    fillFilters(view);
    drawUpdates(updates);
    await loadActions();
    $('loading').hidden = true;
    $('content').hidden = false;
    $('nav').hidden = false;
    $('sign-out').hidden = inTeams();
    await wireUpkeep(view.strategyId, load);
    showLinkedSection();
  } catch (error) {
    failed(error);
  }
}

function drawHeader(view) {
  $('title').textContent = `${view.title}: dashboard`;
  document.title = `${view.title}: dashboard`;
  const sample = $('sample');
  sample.hidden = !view.sample;
  sample.replaceChildren(node('strong', 'Sample data. '), document.createTextNode(view.note || 'This action plan is illustrative.'));
  $('vision').textContent = view.vision || 'This strategy states no vision.';
  $('values').replaceChildren(...view.values.map((v) => {
    const li = node('li');
    li.append(node('strong', v.name), document.createTextNode(v.meaning ? ` — ${v.meaning}` : ''));
    return li;
  }));
}

function drawCards(priorities) {
  $('cards').replaceChildren(...priorities.map((p) => {
    const li = node('li', null, `card ${p.rag ? p.rag.toLowerCase() : 'none'}`);
    li.id = `card-${p.code}`;
    li.appendChild(node('h3', `${p.code} ${p.title}`));
    const status = node('p');
    status.append(rag(p.rag), document.createTextNode(` ${TREND[p.trend] || ''}${p.previous && p.previous !== p.rag ? ` (was ${WORDS[p.previous]})` : ''}`));
    status.className = 'status';
    li.appendChild(status);
    if (p.overrideReason) {
      li.appendChild(node('p', `Set by the lead (calculated: ${p.calculated ? WORDS[p.calculated] : 'none'}): ${p.overrideReason}`));
    }
    li.appendChild(node('p', `${p.percent}% complete`));
    const bar = node('div', null, 'bar');
    bar.setAttribute('aria-hidden', 'true');
    const fill = node('span');
    fill.style.width = `${Math.max(0, Math.min(100, p.percent))}%`;
    bar.appendChild(fill);
    li.appendChild(bar);
    li.appendChild(node('p', `Lead: ${p.lead || 'not recorded'}`));
    const c = p.counts;
    li.appendChild(node('p', `${c.red} red, ${c.amber} amber, ${c.green} green open actions; ${c.complete} complete; ${c.overdue} overdue; ${c.stale} stale`));
    li.appendChild(node('p', p.latest ? `Latest: ${day(p.latest.at)}, ${p.latest.target}: ${noteOf(p.latest, 'updated')} — ${p.latest.author}` : 'No updates yet.', 'latest'));
    return li;
  }));
}

function fillFilters(view) {
  const priority = $('filter-priority');
  priority.replaceChildren(priority.options[0], ...view.priorities.map((p) => new Option(`${p.code} ${p.title}`, p.code)));
  const owner = $('filter-owner');
  owner.replaceChildren(owner.options[0], ...view.owners.map((o) => new Option(o, o)));
}

/** An update's note; one its author marked sensitive comes without it unless the reader is an administrator. */
function noteOf(update, none) {
  return update.note || (update.sensitive ? 'note marked sensitive (ask the bot in a 1:1 chat)' : none);
}

function drawUpdates(updates) {
  const list = $('updates-list');
  if (updates.length === 0) {
    list.replaceChildren(node('li', `No updates in the last ${RECENT_DAYS} days.`));
    return;
  }
  list.replaceChildren(...updates.slice(0, 20).map((u) => {
    const li = node('li');
    li.appendChild(node('span', `${WHEN.format(new Date(u.at))} · ${u.author}`, 'when'));
    const what = node('p');
    what.appendChild(node('strong', `${u.target} `));
    if (u.after && u.after.rag && (!u.before || u.before.rag !== u.after.rag)) {
      what.append(u.before && u.before.rag ? rag(u.before.rag) : document.createTextNode(''),
        document.createTextNode(u.before && u.before.rag ? ' to ' : 'now '), rag(u.after.rag), document.createTextNode(' '));
    }
    what.appendChild(document.createTextNode(noteOf(u, 'Updated')));
    li.appendChild(what);
    return li;
  }));
}

// --- the actions table ------------------------------------------------------------------------------------

async function loadActions() {
  const params = new URLSearchParams();
  new FormData($('filters')).forEach((value, name) => {
    if (value !== '') {
      params.set(name, value);
    }
  });
  const query = params.toString();
  const actions = await json(withStrategy(`/api/actions${query ? `?${query}` : ''}`));
  const labels = ['Action', 'Title', 'Owner', 'Due', 'RAG', 'Complete', 'Flags'];
  $('actions-table').tBodies[0].replaceChildren(...actions.map((a) => {
    const tr = node('tr');
    tr.dataset.code = a.code;
    const flags = node('td');
    if (a.complete) flags.appendChild(node('span', 'Complete', 'flag'));
    if (a.overdue) flags.appendChild(node('span', 'Overdue', 'flag'));
    if (a.stale) flags.appendChild(node('span', 'Stale', 'flag'));
    const ragCell = node('td');
    ragCell.appendChild(rag(a.rag));
    const cells = [node('td', a.code), node('td', a.title), node('td', a.owner), node('td', day(a.due)), ragCell,
      node('td', `${a.percent}%`), flags];
    cells.forEach((cell, i) => cell.setAttribute('data-label', labels[i]));
    tr.append(...cells);
    return tr;
  }));
  $('actions-count').textContent = `${actions.length} action${actions.length === 1 ? '' : 's'} shown.`;
  $('actions-table').dataset.query = query;
}

function reloadActions() {
  loadActions().catch(failed);
}

$('filters').addEventListener('change', reloadActions);
$('filters').addEventListener('reset', () => window.setTimeout(reloadActions));

/**
 * A link such as /dashboard/#report (the chat's "committee report" button) lands on its section once drawn, and one
 * such as /dashboard/#SP4 (a status card's "Open in the dashboard") on that priority's card; an action's code
 * (#SP4.2) on its priority's.
 */
function showLinkedSection() {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  const section = hash ? document.getElementById(hash) : null;
  const card = hash ? document.getElementById(`card-${hash.split('.')[0].toUpperCase()}`) : null;
  const target = section && section.tagName === 'SECTION' ? section : card;
  if (target) {
    target.scrollIntoView();
    const heading = target.querySelector('h2, h3');
    heading.tabIndex = -1;
    heading.focus();
  }
}

// --- start ------------------------------------------------------------------------------------------------

async function start() {
  if (inTeams()) {
    try {
      const teams = await loadTeams();
      const context = await teams.app.getContext();
      applyTheme(context.app.theme);
      teams.app.registerOnThemeChangeHandler(applyTheme);
      useTeamsToken(await teams.authentication.getAuthToken());
    } catch (error) {
      followSystemTheme();
      showSignIn(`Teams sign-in did not work (${error.message || error}). Enter an access key instead.`);
      return;
    }
  } else {
    followSystemTheme();
  }
  if (hasCredential()) {
    load();
  } else {
    showSignIn();
  }
}

wireReport(withStrategy, failed);
start();
