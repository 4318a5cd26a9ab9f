// RAG over time: one row per priority, one cell per month, each cell coloured and lettered (R, A, G) so the
// chart reads without colour; drawn as inline SVG, with the same data as a table for screen readers.
const SVG = 'http://www.w3.org/2000/svg';
const COLOURS = { RED: '#b00020', AMBER: '#f5b700', GREEN: '#1e7b34' };
const WORDS = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green' };
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit' });

function el(name, attrs, text) {
  const node = document.createElementNS(SVG, name);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, String(v)));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function label(point, index, points) {
  return index === points.length - 1 ? 'Now' : MONTH.format(new Date(point.at));
}

/** Draws into the figure: the SVG, a caption, and the data as a table under a disclosure. */
export function drawRagHistory(figure, history, priorities) {
  figure.replaceChildren();
  const left = 64;
  const cell = 44;
  const row = 26;
  const top = 8;
  const width = left + cell * history.length + 8;
  const height = top + row * priorities.length + 26;
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-caption' });
  priorities.forEach((p, r) => {
    const y = top + r * row;
    svg.appendChild(el('text', { x: 0, y: y + 17 }, p.code));
    history.forEach((point, c) => {
      const rag = point.priorities[p.code];
      const x = left + c * cell;
      const title = `${p.code} ${label(point, c, history)}: ${rag ? WORDS[rag] : 'no RAG'}`;
      const box = el('rect', { x: x + 1, y: y + 1, width: cell - 2, height: row - 4, rx: 3,
        fill: rag ? COLOURS[rag] : 'none', stroke: '#8a8a8a' });
      box.appendChild(el('title', {}, title));
      svg.appendChild(box);
      if (rag) {
        svg.appendChild(el('text', { x: x + cell / 2, y: y + 16, 'text-anchor': 'middle', class: `on-${rag.toLowerCase()}`,
          'aria-hidden': 'true' }, WORDS[rag][0]));
      }
    });
  });
  history.forEach((point, c) => {
    svg.appendChild(el('text', { x: left + c * cell + cell / 2, y: height - 6, 'text-anchor': 'middle' },
      label(point, c, history)));
  });
  const caption = document.createElement('figcaption');
  caption.id = 'chart-caption';
  caption.textContent = `Each priority's RAG month by month over the last ${history.length - 1} months, rebuilt from the update history. R = Red, A = Amber, G = Green; empty = no actions yet.`;
  figure.append(caption, svg, table(history, priorities));
}

function table(history, priorities) {
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Show the RAG history as a table';
  const wrap = document.createElement('div');
  wrap.className = 'table-wrap';
  const t = document.createElement('table');
  const head = t.createTHead().insertRow();
  const corner = document.createElement('th');
  corner.scope = 'col';
  corner.textContent = 'Priority';
  head.appendChild(corner);
  history.forEach((point, c) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label(point, c, history);
    head.appendChild(th);
  });
  const body = t.createTBody();
  priorities.forEach((p) => {
    const tr = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = p.code;
    tr.appendChild(th);
    history.forEach((point) => {
      const rag = point.priorities[p.code];
      tr.insertCell().textContent = rag ? WORDS[rag] : '—';
    });
  });
  wrap.appendChild(t);
  details.append(summary, wrap);
  return details;
}
