import { html, nothing, svg, type TemplateResult } from 'lit';
import {
  convertArea,
  formatArea,
  formatDate,
  formatNumber,
  formatPercent,
  localText,
  SalientElement,
  styleProps,
  type DataTable,
  type RenderContext,
  type Validation,
} from '@salient/core';
import { describeWhen, formatRange, maxOf, otherUnit, peakOf, rangeOf, summarize, tabulate } from './describe.js';
import { layoutTerritoryBar, type MarkerInput } from './layout.js';
import { validateTerritory, type TerritoryData } from './schema.js';
import { territoryStrings } from './strings.js';
import { territoryBarStyles } from './territory-bar.styles.js';

/**
 * How much ground was held, and how it shrank: the current step's area as a bar on a track scaled to the
 * largest figure, the peak as a dashed ghost, disputed figures as whiskers with each source named, and
 * reference areas (a city, the whole region) as markers or, when far larger, as a comparison line.
 *
 * Give it data as a `data` property, a child `<script type="application/json">`, or a `src` URL.
 * `step` picks the moment; arrow keys step through when it has focus; `controls` adds a slider.
 *
 * @summary A territory-area bar with the peak, disputed ranges and reference areas.
 * @csspart value - The current area, in large type.
 * @csspart when - The step's name, date and source.
 * @csspart label - Marker labels on the bar.
 * @csspart notes - Notes under the bar: disagreeing sources, the step's note, off-scale comparisons.
 * @cssprop --salient-track - The empty track behind the bar.
 * @cssprop --salient-ghost - The dashed peak outline.
 * @cssprop --salient-range - The whiskers for disputed figures.
 * @cssprop --salient-reference - Reference markers.
 * @cssprop --salient-value-size - Size of the large area figure. Default: 2 × --salient-font-size.
 * @cssprop --salient-duration - How long a step change animates. Default: 600ms.
 */
export class SalientTerritoryBar extends SalientElement<TerritoryData> {
  static override styles = [...SalientElement.styles, territoryBarStyles];

  protected override validate(input: unknown): Validation<TerritoryData> {
    return validateTerritory(input);
  }

  protected override stepCount(data: TerritoryData): number {
    return data.series.length;
  }

  protected override stepLabel(data: TerritoryData, step: number, context: RenderContext): string {
    return describeWhen(data.series[step], context.lang);
  }

  protected override credit(data: TerritoryData, context: RenderContext): string {
    return localText(data.source, context.lang);
  }

  protected override summarize(data: TerritoryData, context: RenderContext): string {
    return summarize(data, context.step, context.units, context.lang);
  }

  protected override tabulate(data: TerritoryData, context: RenderContext): DataTable {
    return tabulate(data, context.step, context.units, context.lang);
  }

  protected override reservedHeight(width: number): number {
    // Measured from the Kursk series: the height most steps need at each width (npm run screenshots prints them).
    if (width < 400) return 360;
    if (width < 560) return 300;
    if (width < 800) return 260;
    return 225;
  }

  protected override renderGraphic(data: TerritoryData, context: RenderContext): TemplateResult {
    const { lang, units, step, width } = context;
    const t = territoryStrings(lang);
    const point = data.series[step];
    const peak = peakOf(data);
    const max = maxOf(data);
    const range = rangeOf(point);
    const onScale = (data.references ?? []).filter((reference) => reference.value <= max);
    const offScale = (data.references ?? []).filter((reference) => reference.value > max);
    const markers: MarkerInput[] = [
      { kind: 'peak', value: peak.value, text: `${t.peak} ${formatArea(peak.value, units, lang)}` },
      ...onScale.map((reference): MarkerInput => ({
        kind: 'reference',
        value: reference.value,
        text: `${localText(reference.label, lang)} ${formatArea(reference.value, units, lang)}`,
      })),
    ];
    const layout = layoutTerritoryBar({ width, max, value: point.value, peak: peak.value, range, markers });
    const scale = (x: number) => `scaleX(${layout.track.width > 0 ? x / layout.track.width : 0})`;
    const notes = [
      range ? t.sourcesDiffer(formatRange(range, units, lang), estimateList(data, step, context)) : '',
      localText(point.note, lang),
      ...offScale.map((reference) =>
        t.offScale(
          localText(reference.label, lang),
          formatArea(reference.value, units, lang),
          formatPercent(peak.value / reference.value, lang),
        ),
      ),
    ].filter(Boolean);

    return html`<div class=${context.reducedMotion ? 'still' : ''}>
      <p class="reading">
        <span class="value" part="value">${formatArea(point.value, units, lang)}</span>
        <span class="alt">${formatArea(point.value, otherUnit(units), lang)}</span>
      </p>
      <p class="when" part="when"><strong>${describeWhen(point, lang)}</strong> · ${point.source}</p>
      <svg width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true">
        <rect class="track" x="0" y=${layout.track.y} width=${layout.track.width} height=${layout.track.height}></rect>
        <rect
          class="bar"
          x="0"
          y=${layout.bar.y}
          width=${layout.track.width}
          height=${layout.bar.height}
          style=${styleProps({ transform: scale(layout.bar.width) })}
        ></rect>
        <rect class="ghost" x="0.75" y=${layout.ghost.y + 0.75} width=${Math.max(0, layout.ghost.width - 1.5)} height=${layout.ghost.height - 1.5}></rect>
        ${layout.range ? this.renderRange(layout.range) : nothing}
        ${layout.markers.map(
          (marker) => svg`<g class="marker ${marker.kind}">
            <line x1=${marker.x} x2=${marker.x} y1=${marker.y1} y2=${marker.y2}></line>
            <text part="label" x=${marker.label.x} y=${marker.label.y} text-anchor=${marker.label.anchor}>${marker.label.text}</text>
          </g>`,
        )}
      </svg>
      ${notes.length ? html`<ul class="notes" part="notes">${notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private renderRange(range: { x1: number; x2: number; y: number; cap: number }) {
    const { x1, x2, y, cap } = range;
    // Filled rects, not stroked lines: a unit shape scaled by a transform stays crisp, where a scaled stroke
    // smears on 1x screens. Drawn twice, a background-coloured halo under the ink, so they read over the bar.
    const whiskers = (kind: 'halo' | 'ink', thick: number) => {
      const at = (x: number) => styleProps({ transform: `translateX(${x}px)` });
      return svg`<g class=${kind}>
        <rect x="0" y=${y - thick / 2} width="1" height=${thick}
          style=${styleProps({ transform: `translateX(${x1 - thick / 2 + 1}px) scaleX(${x2 - x1 + thick - 2})` })}></rect>
        <rect x=${-thick / 2} y=${y - cap / 2 - (thick - 2) / 2} width=${thick} height=${cap + thick - 2} style=${at(x1)}></rect>
        <rect x=${-thick / 2} y=${y - cap / 2 - (thick - 2) / 2} width=${thick} height=${cap + thick - 2} style=${at(x2)}></rect>
      </g>`;
    };
    return svg`<g class="range">${whiskers('halo', 5)}${whiskers('ink', 2)}</g>`;
  }

}

/** "DeepState 140, Reuters 110, Black Bird Group 77": every figure with its source, highest first. */
function estimateList(data: TerritoryData, step: number, { units, lang }: RenderContext): string {
  const point = data.series[step];
  return [{ value: point.value, source: point.source }, ...(point.estimates ?? [])]
    .sort((a, b) => b.value - a.value)
    .map((estimate) => {
      const label = 'label' in estimate ? localText(estimate.label, lang) : '';
      const date = 'date' in estimate && estimate.date && estimate.date !== point.date ? `, ${formatDate(estimate.date, lang, 'day')}` : '';
      const value = formatNumber(convertArea(estimate.value, units), lang, { maximumFractionDigits: 0 });
      return `${estimate.source}${label ? ` ${label}` : ''}${date}: ${value}`;
    })
    .join('; ');
}
