import { escapeHtml as h } from '../escape-html.js';
import type { CopyGroupView } from '../story-view.js';

/**
 * Which outlet rewrote which, as inline SVG: per copy group, the original on the left and an
 * arrow to each copy on the right, labelled with the kind of copy. An undetermined origin is
 * drawn as a dashed "?" node.
 */
export function copyGraph(groups: CopyGroupView[]): string {
  if (groups.length === 0) return '';
  const row = 44;
  const width = 640;
  let y = 10;
  const parts: string[] = [];
  for (const g of groups) {
    const height = Math.max(1, g.copies.length) * row;
    const oy = y + height / 2 - 16;
    parts.push(node(10, oy, g.original?.outlet ?? '?', g.original ? 'original' : 'unknown'));
    g.copies.forEach((c, i) => {
      const cy = y + i * row + 6;
      parts.push(`<path d="M210 ${oy + 16} C 300 ${oy + 16}, 330 ${cy + 16}, 418 ${cy + 16}" class="edge" marker-end="url(#arrow)"/>`);
      parts.push(`<text x="314" y="${(oy + cy) / 2 + 12}" class="edge-label" text-anchor="middle">${h(c.kind)}</text>`);
      parts.push(node(420, cy, c.outlet, 'copy'));
    });
    y += height + 16;
  }
  const defs = '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" class="arrowhead"/></marker></defs>';
  return `<svg class="copy-graph" viewBox="0 0 ${width} ${y}" role="img" aria-label="Copy graph">${defs}${parts.join('')}</svg>`;
}

function node(x: number, y: number, label: string, kind: string): string {
  const shown = label.length > 24 ? `${label.slice(0, 23)}…` : label;
  return `<g class="node ${kind}"><title>${h(label)}</title><rect x="${x}" y="${y}" width="200" height="32" rx="6"/><text x="${x + 100}" y="${y + 21}" text-anchor="middle">${h(shown)}</text></g>`;
}
