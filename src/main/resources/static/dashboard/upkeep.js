// The plan's upkeep, for administrators only (the API refuses everyone else): a spreadsheet checked, then
// applied; several actions re-owned, re-dated or retired at once. Everything from the API is written as text.
import { json, send } from './api.js';

const $ = (id) => document.getElementById(id);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function line(text) {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

function summary(changes) {
  const lines = [];
  changes.added.forEach((a) => lines.push(`Added ${a.code}: ${a.title}`));
  changes.changed.forEach((a) => lines.push(`${a.code}: ${a.fields.map((f) => `${f.field} ${f.before ?? '—'} → ${f.after ?? '—'}`).join('; ')}`));
  changes.retired.forEach((a) => lines.push(`Retired ${a.code}: ${a.title}`));
  changes.refused.forEach((r) => lines.push(`Row ${r.row} refused: ${r.reason}`));
  return lines;
}

function counts(changes) {
  return `${changes.added.length} added, ${changes.changed.length} changed, ${changes.unchanged.length} unchanged, `
    + `${changes.retired.length} retired, ${changes.refused.length} refused`
    + (changes.sampleRemoved ? `; the sample plan (${changes.sampleRemoved} actions) is replaced` : '');
}

/** Shows the section to administrators; {@code changed} redraws the dashboard after a change. */
export async function wireUpkeep(strategyId, changed) {
  const access = await json('/api/plan-admin/access');
  $('upkeep').hidden = !access.admin;
  if (!access.admin || $('upkeep').dataset.wired) {
    return;
  }
  $('upkeep').dataset.wired = 'true';
  const plan = (query) => `/api/strategies/${encodeURIComponent(strategyId)}/plan?${query}`;

  async function importPlan(dryRun) {
    const file = $('plan-file').files[0];
    if (!file) {
      return;
    }
    const query = new URLSearchParams({ dryRun, retireMissing: $('retire-missing').checked,
      skipRefused: $('skip-refused').checked, name: file.name });
    $('import-status').textContent = dryRun ? 'Checking…' : 'Applying…';
    try {
      const report = await send('POST', plan(query), file, file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv');
      $('import-status').textContent = `${dryRun ? 'The check found' : report.applied ? 'Applied' : 'Nothing to change'}: `
        + `${counts(report.changes)} (sheet "${report.sheet}", header on row ${report.headerRow}).`;
      $('import-details').replaceChildren(...summary(report.changes).map(line));
      $('plan-apply').disabled = !dryRun;
      if (!dryRun) {
        changed();
      }
    } catch (error) {
      $('import-status').textContent = `Not applied: ${error.message}`;
    }
  }

  $('import-form').addEventListener('submit', (event) => {
    event.preventDefault();
    importPlan(true);
  });
  $('plan-apply').addEventListener('click', () => importPlan(false));
  $('plan-file').addEventListener('change', () => {
    $('plan-apply').disabled = true;
  });

  async function bulk(retire) {
    const codes = $('bulk-codes').value.split(',').map((c) => c.trim()).filter((c) => c);
    const base = `/api/strategies/${encodeURIComponent(strategyId)}/actions`;
    try {
      const changes = retire
        ? await send('POST', `${base}/retire`, JSON.stringify({ codes }), 'application/json')
        : await send('PATCH', base, JSON.stringify({ codes, owner: $('bulk-owner').value || null,
          ownerEmail: $('bulk-email').value || null, due: $('bulk-due').value || null }), 'application/json');
      $('bulk-status').textContent = `Done: ${counts(changes)}.`;
      changed();
    } catch (error) {
      $('bulk-status').textContent = `Not changed: ${error.message}`;
    }
  }

  $('bulk-form').addEventListener('submit', (event) => {
    event.preventDefault();
    bulk(false);
  });
  $('bulk-retire').addEventListener('click', () => bulk(true));
}
