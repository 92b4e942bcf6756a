import type { LanguageSetting, Translator } from '@/lib/i18n';
import { Hint } from './Hint';

export interface LanguageFieldProps {
  value: LanguageSetting;
  tr: Translator;
  onChange(language: LanguageSetting): void;
}

/** Each language is named in itself, so it can be found whatever the page's language is. */
const ENDONYMS = { en: 'English', nl: 'Nederlands' } as const;

function isLanguage(value: string): value is LanguageSetting {
  return value === 'auto' || value === 'en' || value === 'nl';
}

export function LanguageField({ value, tr, onChange }: LanguageFieldProps) {
  const { t } = tr;
  return (
    <div class="field">
      <label class="field__label" for="language">
        {t('optionsLanguageLabel')}
      </label>
      <select
        id="language"
        class="select"
        value={value}
        aria-describedby="language-hint"
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (isLanguage(chosen)) onChange(chosen);
        }}
      >
        <option value="auto">{t('optionsLanguageAuto')}</option>
        <option value="en" lang="en">
          {ENDONYMS.en}
        </option>
        <option value="nl" lang="nl">
          {ENDONYMS.nl}
        </option>
      </select>
      <Hint
        id="language-hint"
        defaultText={t('optionsDefault', { value: t('optionsLanguageDefault') })}
        reason={t('optionsLanguageReason')}
      />
    </div>
  );
}
