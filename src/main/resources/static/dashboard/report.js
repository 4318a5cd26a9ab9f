// The committee report on the dashboard: chosen by period, previewed and downloaded with the viewer's credential.
import { Unauthorized, get } from './api.js';

const $ = (id) => document.getElementById(id);
let strategyPath = (path) => path;
let onUnauthorized = () => {};

function reportPath(format) {
  const params = new URLSearchParams();
  if ($('report-from').value) params.set('from', $('report-from').value);
  if ($('report-to').value) params.set('to', $('report-to').value);
  const query = params.toString();
  return strategyPath(`/api/reports/committee.${format}${query ? `?${query}` : ''}`);
}

function fileName(response, format) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="?([^";]+)"?/.exec(disposition);
  return match ? match[1] : `committee-report.${format}`;
}

async function download(format) {
  const status = $('report-status');
  status.textContent = 'Preparing the report…';
  try {
    const response = await get(reportPath(format), '*/*');
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName(response, format);
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 60000);
    status.textContent = `Downloaded ${link.download}.`;
  } catch (error) {
    reportFailed(error);
  }
}

async function preview() {
  const status = $('report-status');
  status.textContent = 'Preparing the preview…';
  try {
    const response = await get(reportPath('html'), 'text/html');
    const blob = new Blob([await response.text()], { type: 'text/html' });
    const frame = $('report-frame');
    if (frame.src) URL.revokeObjectURL(frame.src);
    frame.src = URL.createObjectURL(blob);
    frame.hidden = false;
    status.textContent = 'Preview below.';
  } catch (error) {
    reportFailed(error);
  }
}

function reportFailed(error) {
  if (error instanceof Unauthorized) {
    onUnauthorized(error);
    return;
  }
  $('report-status').textContent = `The report could not be made: ${error.message}`;
}

/**
 * Wires the report form: downloads and the preview go through the authenticated fetch and a blob, so no
 * credential ever sits in a URL. The preview frame is sandboxed (no scripts) and shows the report's own page.
 */
export function wireReport(withStrategy, handleUnauthorized) {
  strategyPath = withStrategy;
  onUnauthorized = handleUnauthorized;
  document.querySelectorAll('#report-form button[data-format]').forEach((button) => {
    button.addEventListener('click', () => download(button.dataset.format));
  });
  $('report-preview').addEventListener('click', preview);
}
