import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LaterProps {
  /** The content, made only once the page has first been shown. */
  children: () => ComponentChildren;
}

/**
 * Content below the fold (the charts) made just after the page is first shown: the figures
 * come first, and a year or five of charts does not hold them up. Until then an empty box of
 * about a chart's height keeps the page from jumping. Once shown, the content stays and
 * follows every later change at once (another period, another language).
 */
export function Later({ children }: LaterProps) {
  const [shown, setShown] = useState(false);
  // Effects run after the browser has painted: the content follows in the next frame.
  useEffect(() => setShown(true), []);
  return shown ? children() : <div class="chart chart--later" aria-hidden="true" />;
}
