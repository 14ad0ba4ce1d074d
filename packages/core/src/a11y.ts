import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Hidden from sight, not from screen readers. */
export const srOnlyStyles = css`
  .sr-only {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

export interface DataTable {
  caption: string;
  columns: string[];
  /** Cells as text; the first cell of each row is its header. */
  rows: string[][];
  /** Index of the row to mark as the one the graphic shows now. */
  current?: number;
}

/**
 * The numbers behind a graphic as a real table, for screen readers (and anyone who copies it). Wrapped in a
 * hidden box: a table ignores `width: 1px` and would widen the page by its natural width.
 */
export function renderDataTable(table: DataTable, className = 'sr-only'): TemplateResult {
  return html`<div class=${className}><table part="table">
    <caption>${table.caption}</caption>
    <thead>
      <tr>${table.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr>
    </thead>
    <tbody>
      ${table.rows.map(
        ([head, ...cells], index) =>
          html`<tr aria-current=${ifDefined(index === table.current ? 'true' : undefined)}>
            <th scope="row">${head}</th>
            ${cells.map((cell) => html`<td>${cell}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table></div>`;
}
