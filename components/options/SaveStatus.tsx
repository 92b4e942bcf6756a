import type { Translator } from '@/lib/i18n';
import type { SaveState } from './use-options';

/**
 * A polite live region, present from the start so screen readers announce its changes. The
 * message is keyed by the save's number, so a second "Saved" is announced too.
 */
export function SaveStatus({ state, tr }: { state: SaveState; tr: Translator }) {
  const { t } = tr;
  return (
    <p class={`save-status save-status--${state.kind}`} role="status" data-save={state.kind}>
      {state.kind === 'idle' ? (
        <span>{t('optionsIntro')}</span>
      ) : (
        <span key={state.seq}>{t(state.kind === 'saved' ? 'optionsSaved' : 'optionsSaveFailed')}</span>
      )}
    </p>
  );
}
