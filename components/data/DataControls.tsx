/**
 * The person's data: export (days CSV, prompts CSV, full backup), restore from a backup with a
 * preview and a confirmation, and deleting the history. A backup is untrusted: whatever it
 * holds reaches the page only as text (JSX text nodes and attributes), never as markup.
 * Styles: components/data/data-controls.css (imported by the page's stylesheet).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type Backup,
  type BackupProblem,
  parseBackup,
  type RestorePreview,
  restorePreview,
} from '@/lib/backup/backup';
import type { DataSource } from '@/lib/browser/data-source';
import type { Translator } from '@/lib/i18n';
import { dateText, dateTimeText, extentText, problemText, storeLabel } from './problem-text';

export interface DataControlsProps {
  source: DataSource;
  tr: Translator;
  /** Called after the history was restored or deleted, so the page can read its figures again. */
  onChange?(what: 'restored' | 'deleted'): void;
}

type ExportKind = 'days' | 'prompts' | 'backup';
type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string } | { kind: 'failed' };

type RestoreState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'problem'; problem: BackupProblem | null }
  | { kind: 'preview'; fileName: string; backup: Backup; preview: RestorePreview }
  | { kind: 'restoring'; fileName: string; backup: Backup; preview: RestorePreview }
  | { kind: 'done'; settingsSaved: boolean }
  | { kind: 'failed' }
  | { kind: 'cancelled' };

type DeleteState =
  | { kind: 'idle' }
  | { kind: 'confirm' }
  | { kind: 'busy' }
  | { kind: 'done'; reset: boolean }
  | { kind: 'failed' }
  | { kind: 'reset-failed' };

export function DataControls({ source, tr, onChange }: DataControlsProps) {
  return (
    <div class="data-controls">
      <p class="data-controls__intro">{tr.t('dataIntro')}</p>
      <ExportPart source={source} tr={tr} />
      <RestorePart source={source} tr={tr} onChange={onChange} />
      <DeletePart source={source} tr={tr} onChange={onChange} />
    </div>
  );
}

function ExportPart({ source, tr }: DataControlsProps) {
  const { t } = tr;
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const busy = state.kind === 'busy';

  async function run(kind: ExportKind) {
    setState({ kind: 'busy' });
    try {
      const name =
        kind === 'days'
          ? await source.exportDaysCsv()
          : kind === 'prompts'
            ? await source.exportPromptsCsv()
            : await source.exportBackup();
      setState({ kind: 'done', name });
    } catch (error) {
      console.warn('Balans: export failed', error);
      setState({ kind: 'failed' });
    }
  }

  return (
    <section class="data-part" aria-labelledby="data-export-heading">
      <h3 class="data-part__title" id="data-export-heading">
        {t('dataExportHeading')}
      </h3>
      <p class="data-part__hint">{t('dataExportHint')}</p>
      <div class="data-actions">
        <button type="button" class="data-button" disabled={busy} onClick={() => void run('days')}>
          {t('dataExportDays')}
        </button>
        <button type="button" class="data-button" disabled={busy} onClick={() => void run('prompts')}>
          {t('dataExportPrompts')}
        </button>
        <button type="button" class="data-button" disabled={busy} onClick={() => void run('backup')}>
          {t('dataExportBackup')}
        </button>
      </div>
      <p class={`data-status data-status--${state.kind}`} role="status" data-export={state.kind}>
        {state.kind === 'busy' && t('dataExporting')}
        {state.kind === 'done' && t('dataExported', { name: state.name })}
        {state.kind === 'failed' && t('dataExportFailed')}
      </p>
    </section>
  );
}

function RestorePart({ source, tr, onChange }: DataControlsProps) {
  const { t } = tr;
  const [state, setState] = useState<RestoreState>({ kind: 'idle' });
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const showing = state.kind === 'preview' || state.kind === 'restoring';

  useEffect(() => {
    if (state.kind === 'preview') previewHeading.current?.focus();
  }, [state.kind]);

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Let the same file be chosen again after a fix or a cancel.
    input.value = '';
    if (!file) return;
    setState({ kind: 'reading' });
    try {
      const reading = await source.readFile(file);
      if (!reading.ok) return setState({ kind: 'problem', problem: reading.problem });
      const parsed = parseBackup(reading.text, { now: source.now() });
      if (!parsed.ok) return setState({ kind: 'problem', problem: parsed.problem });
      const current = await source.contents();
      setState({
        kind: 'preview',
        fileName: file.name,
        backup: parsed.backup,
        preview: restorePreview(current, parsed.backup, source.timeZone()),
      });
    } catch (error) {
      console.warn('Balans: the backup could not be read', error);
      setState({ kind: 'problem', problem: null });
    }
  }

  async function confirm() {
    if (state.kind !== 'preview') return;
    setState({ ...state, kind: 'restoring' });
    try {
      const { settingsSaved } = await source.restore(state.backup);
      setState({ kind: 'done', settingsSaved });
      onChange?.('restored');
    } catch (error) {
      console.warn('Balans: restoring failed', error);
      setState({ kind: 'failed' });
    }
  }

  return (
    <section class="data-part" aria-labelledby="data-restore-heading">
      <h3 class="data-part__title" id="data-restore-heading">
        {t('dataRestoreHeading')}
      </h3>
      <p class="data-part__hint" id="data-restore-hint">
        {t('dataRestoreHint')}
      </p>
      {!showing && (
        <div class="data-file">
          <label class="data-file__label" for="data-restore-file">
            {t('dataRestoreChoose')}
          </label>
          <input
            id="data-restore-file"
            class="data-file__input"
            type="file"
            accept=".json,application/json"
            aria-describedby="data-restore-hint"
            disabled={state.kind === 'reading'}
            onChange={(event) => void choose(event.currentTarget)}
          />
        </div>
      )}

      {showing && (
        <div class="data-preview" data-preview>
          <h4 class="data-preview__title" ref={previewHeading} tabIndex={-1}>
            {t('dataPreviewHeading')}
          </h4>
          <p class="data-preview__file">
            {t('dataRestoreFile', { name: state.fileName })}{' '}
            {t('dataRestoreMade', { date: dateTimeText(state.preview.exportedAt, source.timeZone(), tr) })}
          </p>
          <table class="data-preview__table">
            <thead>
              <tr>
                <th scope="col">{t('dataPreviewKind')}</th>
                <th scope="col">{t('dataPreviewNow')}</th>
                <th scope="col">{t('dataPreviewBackup')}</th>
              </tr>
            </thead>
            <tbody>
              {state.preview.changes.map((change) => (
                <tr key={change.store} data-store={change.store}>
                  <th scope="row">{storeLabel(change.store, tr)}</th>
                  <td>{extentText(change.current, tr)}</td>
                  <td>{extentText(change.incoming, tr)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {t('dataPreviewSummary', {
              removed: tr.number(state.preview.removed),
              added: tr.number(state.preview.added),
            })}
          </p>
          {state.preview.losesAfter !== null && (
            <p class="data-warning">
              {state.preview.incoming.last === null
                ? t('dataPreviewLosesAll', { last: dateText(state.preview.losesAfter, tr) })
                : t('dataPreviewLoses', {
                    backupLast: dateText(state.preview.incoming.last, tr),
                    last: dateText(state.preview.losesAfter, tr),
                  })}
            </p>
          )}
          <p>{t('dataPreviewSettings')}</p>
          <div class="data-actions">
            <button
              type="button"
              class="data-button data-button--danger"
              disabled={state.kind === 'restoring'}
              onClick={() => void confirm()}
            >
              {t('dataRestoreConfirm')}
            </button>
            <button
              type="button"
              class="data-button"
              disabled={state.kind === 'restoring'}
              onClick={() => setState({ kind: 'cancelled' })}
            >
              {t('dataCancel')}
            </button>
          </div>
        </div>
      )}

      <div role="alert" class="data-alert-region">
        {state.kind === 'problem' && (
          <p class="data-problem" data-problem={state.problem?.code ?? 'unreadable'}>
            {state.problem ? problemText(state.problem, tr) : t('dataProblemUnreadable')}{' '}
            {t('dataProblemNothingChanged')}
          </p>
        )}
        {state.kind === 'failed' && <p class="data-problem">{t('dataRestoreFailed')}</p>}
      </div>
      <p class={`data-status data-status--${state.kind}`} role="status" data-restore={state.kind}>
        {state.kind === 'reading' && t('dataRestoreReading')}
        {state.kind === 'restoring' && t('dataRestoring')}
        {state.kind === 'done' && t(state.settingsSaved ? 'dataRestored' : 'dataRestoredNoSettings')}
        {state.kind === 'cancelled' && t('dataRestoreCancelled')}
      </p>
    </section>
  );
}

function DeletePart({ source, tr, onChange }: DataControlsProps) {
  const { t } = tr;
  const [state, setState] = useState<DeleteState>({ kind: 'idle' });
  const [resetSettings, setResetSettings] = useState(false);
  const question = useRef<HTMLLegendElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const asking = state.kind === 'confirm' || state.kind === 'busy';

  useEffect(() => {
    if (state.kind === 'confirm') question.current?.focus();
  }, [state.kind]);

  async function remove() {
    setState({ kind: 'busy' });
    try {
      await source.deleteHistory();
    } catch (error) {
      console.warn('Balans: deleting the history failed', error);
      setState({ kind: 'failed' });
      return;
    }
    onChange?.('deleted');
    if (!resetSettings) return setState({ kind: 'done', reset: false });
    try {
      await source.resetSettings();
      setState({ kind: 'done', reset: true });
    } catch (error) {
      console.warn('Balans: resetting the settings failed', error);
      setState({ kind: 'reset-failed' });
    }
  }

  function cancel() {
    setState({ kind: 'idle' });
    setResetSettings(false);
    queueMicrotask(() => start.current?.focus());
  }

  return (
    <section class="data-part" aria-labelledby="data-delete-heading">
      <h3 class="data-part__title" id="data-delete-heading">
        {t('dataDeleteHeading')}
      </h3>
      <p class="data-part__hint">{t('dataDeleteHint')}</p>
      {!asking && (
        <div class="data-actions">
          <button
            type="button"
            class="data-button data-button--danger"
            ref={start}
            onClick={() => setState({ kind: 'confirm' })}
          >
            {t('dataDeleteStart')}
          </button>
        </div>
      )}
      {asking && (
        <fieldset class="data-confirm">
          <legend class="data-confirm__question" ref={question} tabIndex={-1}>
            {t('dataDeleteConfirmText')}
          </legend>
          <div class="data-check">
            <input
              id="data-delete-settings"
              type="checkbox"
              class="data-check__box"
              checked={resetSettings}
              disabled={state.kind === 'busy'}
              onChange={(event) => setResetSettings(event.currentTarget.checked)}
            />
            <label for="data-delete-settings">{t('dataDeleteSettings')}</label>
          </div>
          <div class="data-actions">
            <button
              type="button"
              class="data-button data-button--danger"
              disabled={state.kind === 'busy'}
              onClick={() => void remove()}
            >
              {t('dataDeleteConfirm')}
            </button>
            <button type="button" class="data-button" disabled={state.kind === 'busy'} onClick={cancel}>
              {t('dataCancel')}
            </button>
          </div>
        </fieldset>
      )}
      <p class={`data-status data-status--${state.kind}`} role="status" data-delete={state.kind}>
        {state.kind === 'busy' && t('dataDeleting')}
        {state.kind === 'done' && t(state.reset ? 'dataDeletedAndReset' : 'dataDeleted')}
        {state.kind === 'failed' && t('dataDeleteFailed')}
        {state.kind === 'reset-failed' && t('dataResetFailed')}
      </p>
    </section>
  );
}
