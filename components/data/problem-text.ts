/**
 * The words for the data controls: what is wrong with a backup, the names of the stores and
 * dates as the person reads them. Everything returned is plain text, rendered as text only.
 */
import type { BackupProblem, Expected, StoreExtent, StoreName } from '@/lib/backup/backup';
import type { MessageKey, Translator } from '@/lib/i18n';

const STORE_KEYS: Record<StoreName, MessageKey> = {
  days: 'dataStoreDays',
  summaries: 'dataStoreSummaries',
  prompts: 'dataStorePrompts',
  timeline: 'dataStoreTimeline',
  checkins: 'dataStoreCheckins',
  pauses: 'dataStorePauses',
  events: 'dataStoreEvents',
};

const EXPECTED_KEYS: Record<Expected, MessageKey> = {
  object: 'dataExpectObject',
  array: 'dataExpectArray',
  string: 'dataExpectString',
  number: 'dataExpectNumber',
  integer: 'dataExpectInteger',
  boolean: 'dataExpectBoolean',
};

export function storeLabel(store: StoreName, tr: Translator): string {
  return tr.t(STORE_KEYS[store]);
}

function megabytes(bytes: number, tr: Translator): string {
  return tr.number(Math.ceil((bytes / (1024 * 1024)) * 10) / 10);
}

/** One sentence naming what is wrong (the caller adds that nothing changed). */
export function problemText(problem: BackupProblem, tr: Translator): string {
  const { t } = tr;
  switch (problem.code) {
    case 'too-large':
      return t('dataProblemTooLarge', {
        size: megabytes(problem.bytes, tr),
        limit: tr.number(problem.limit / (1024 * 1024)),
      });
    case 'not-json':
      return t('dataProblemNotJson');
    case 'truncated':
      return t('dataProblemTruncated');
    case 'wrong-format':
      return t('dataProblemWrongFormat');
    case 'newer-version':
      return t('dataProblemNewer', { version: problem.version, supported: problem.supported });
    case 'missing':
      return t('dataProblemMissing', { path: problem.path });
    case 'wrong-type':
      return t('dataProblemWrongType', { path: problem.path, expected: t(EXPECTED_KEYS[problem.expected]) });
    case 'bad-value':
      return t('dataProblemBadValue', { path: problem.path, value: problem.value });
    case 'duplicate-id':
      return t('dataProblemDuplicate', { store: storeLabel(problem.store, tr), id: problem.id });
    case 'date-out-of-range':
      return t('dataProblemDate', { path: problem.path, value: problem.value });
  }
}

/** A local date (YYYY-MM-DD) in the page's language, e.g. "3 Mar 2026" / "3 mrt 2026". */
export function dateText(date: string, tr: Translator): string {
  const at = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(at)) return date;
  return new Intl.DateTimeFormat(tr.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(at);
}

/** An instant with its time, in the page's language and the given zone. */
export function dateTimeText(iso: string, timeZone: string, tr: Translator): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  return new Intl.DateTimeFormat(tr.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(at);
}

export function extentText(extent: StoreExtent, tr: Translator): string {
  if (extent.count === 0 || extent.first === null || extent.last === null) return tr.t('dataPreviewNone');
  return tr.t('dataPreviewExtent', {
    count: tr.number(extent.count),
    first: dateText(extent.first, tr),
    last: dateText(extent.last, tr),
  });
}
