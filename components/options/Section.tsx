import type { ComponentChildren } from 'preact';

export interface SectionProps {
  id: string;
  title: string;
  children: ComponentChildren;
}

/** One card of the options page, named by its heading. */
export function Section({ id, title, children }: SectionProps) {
  return (
    <section class="options-section" aria-labelledby={`${id}-heading`} data-section={id}>
      <h2 class="options-section__title" id={`${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}
