import type { ComponentChildren } from 'preact';

/** A calm, persistent explanation of something the person should know. */
export function Notice({ title, children, id }: { title: string; children: ComponentChildren; id: string }) {
  return (
    <section class="notice" data-notice={id} aria-label={title}>
      <h2 class="notice__title">{title}</h2>
      <p class="notice__body">{children}</p>
    </section>
  );
}
