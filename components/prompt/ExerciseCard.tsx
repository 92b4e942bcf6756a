import type { ComponentChildren } from 'preact';
import type { EntryText } from '@/lib/catalogue/types';

export interface ExerciseCardProps {
  text: EntryText;
  /** SVG markup from `renderIllustration`: our own static catalogue drawings, never user input. */
  illustration: string | undefined;
  pictureLabel: string;
  /** Short facts shown as chips under the name: dosage, position. */
  facts: string[];
  factsLabel: string;
  headings: { steps: string; cues: string; caution: string };
  /** The timer, between the facts and the steps. */
  children?: ComponentChildren;
}

/** One exercise: picture, name, summary, dosage, steps, cues and its safety line. */
export function ExerciseCard({
  text,
  illustration,
  pictureLabel,
  facts,
  factsLabel,
  headings,
  children,
}: ExerciseCardProps) {
  return (
    <article class="card" aria-labelledby="card-name">
      {illustration !== undefined && (
        <div
          class="card__picture"
          role="img"
          aria-label={pictureLabel}
          // The markup is the catalogue's own static SVG (lib/catalogue/illustrations), built at
          // compile time with its one text escaped; inlining it lets it follow the theme colours.
          dangerouslySetInnerHTML={{ __html: illustration }}
        />
      )}
      <h1 class="card__name" id="card-name">
        {text.name}
      </h1>
      <p class="card__summary">{text.summary}</p>
      <ul class="card__facts" aria-label={factsLabel}>
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
      {children}
      <h2 class="card__heading">{headings.steps}</h2>
      <ol class="card__steps">
        {text.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {text.cues.length > 0 && (
        <>
          <h2 class="card__heading">{headings.cues}</h2>
          <ul class="card__cues">
            {text.cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
        </>
      )}
      <section class="card__caution" aria-labelledby="card-caution">
        <h2 class="card__caution-title" id="card-caution">
          {headings.caution}
        </h2>
        {text.cautions.map((caution) => (
          <p key={caution}>{caution}</p>
        ))}
      </section>
    </article>
  );
}
