export interface Figure {
  id: string;
  label: string;
  value: string;
}

/** Labelled day figures as a definition list, two to a row. */
export function FigureList({ figures, label }: { figures: Figure[]; label: string }) {
  return (
    <dl class="figures" aria-label={label}>
      {figures.map((figure) => (
        <div class="figures__item" key={figure.id} data-figure={figure.id}>
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
