import type { MessageKey, Translator } from '@/lib/i18n';

const LIMITS: MessageKey[] = [
  'optionsLimitInput',
  'optionsLimitWindows',
  'optionsLimitFirefox',
  'optionsLimitLinux',
  'optionsLimitUntracked',
  'optionsLimitProfiles',
];

/** What the browser does not tell Balans (PRODUCT.md 2.1, "Known limits"). */
export function KnownLimits({ tr }: { tr: Translator }) {
  return (
    <ul class="limits">
      {LIMITS.map((key) => (
        <li key={key}>{tr.t(key)}</li>
      ))}
    </ul>
  );
}
