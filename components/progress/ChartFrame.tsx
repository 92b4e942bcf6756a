/**
 * The frame every progress chart shares: a heading, a note, the picture and a table of the same
 * figures. The charts are plain SVG components rather than a chart library: a library would cost
 * more than this page's whole budget, and drawing them here keeps full control over dark mode
 * (every colour is a theme token), printing (black on white) and accessibility (each picture is
 * one `role="img"` with a summary in words, and its numbers are in a real table).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface ChartFrameProps {
  id: string;
  title: string;
  /** One line under the heading: how to read the picture. */
  note?: string;
  /** The picture in words, for screen readers (`aria-label` of the SVG). */
  summary: string;
  width: number;
  height: number;
  /** The SVG's content. */
  children: ComponentChildren;
  legend?: ComponentChildren;
  /**
   * The same figures as a table; folded away on screen unless `tableOpen`. A folded table is
   * made when it is first unfolded (a year of days is thousands of cells nobody sees until then;
   * the printed report leaves folded tables out).
   */
  table: () => ComponentChildren;
  tableLabel: string;
  /** Show the table outright (it is content of its own, e.g. in the printed report). */
  tableOpen?: boolean;
}

export function ChartFrame(props: ChartFrameProps) {
  const { id, title, note, summary, width, height, children, legend, table, tableLabel, tableOpen } = props;
  const [unfolded, setUnfolded] = useState(false);
  return (
    <figure class="chart" aria-labelledby={`${id}-title`} data-chart={id}>
      <h3 class="chart__title" id={`${id}-title`}>
        {title}
      </h3>
      {note && <p class="chart__note">{note}</p>}
      <svg
        class="chart__svg"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {children}
      </svg>
      {legend && <div class="legend">{legend}</div>}
      {tableOpen ? (
        // Focusable, so a table wider than a small screen can be scrolled from the keyboard.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs keyboard access (WCAG 2.1.1)
        <section class="chart__table chart__table--open" tabIndex={0} aria-labelledby={`${id}-title`}>
          {table()}
        </section>
      ) : (
        <details class="chart__table" onToggle={(event) => event.currentTarget.open && setUnfolded(true)}>
          <summary>{tableLabel}</summary>
          {unfolded && table()}
        </details>
      )}
    </figure>
  );
}

/** A legend entry: a small swatch (any SVG) and its words. */
export function LegendItem({ swatch, label }: { swatch: ComponentChildren; label: string }) {
  return (
    <span class="legend__item">
      <svg class="legend__swatch" viewBox="0 0 24 12" aria-hidden="true">
        {swatch}
      </svg>
      {label}
    </span>
  );
}
