/** The options page's state: the settings, the translator they imply, and the last save's outcome. */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { OptionsSnapshot, OptionsSource } from '@/lib/browser/options-source';
import { createTranslator, pickLocale, type Translator } from '@/lib/i18n';
import type { Settings } from '@/lib/settings';
import { cleanSettings } from '@/lib/settings-edit';

/** `seq` changes with every save, so a repeated "Saved" is announced again. */
export type SaveState = { kind: 'idle' } | { kind: 'saved' | 'failed'; seq: number };

export interface OptionsState {
  settings: Settings;
  tr: Translator;
  save: SaveState;
  update(change: (settings: Settings) => Settings): void;
}

export function useOptions(source: OptionsSource, initial: OptionsSnapshot): OptionsState {
  const [settings, setSettings] = useState(initial.settings);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef(initial.settings);
  const seq = useRef(0);

  const tr = useMemo(
    () => createTranslator(pickLocale(settings.language, initial.uiLanguage)),
    [settings.language, initial.uiLanguage],
  );

  const update = (change: (settings: Settings) => Settings) => {
    const next = cleanSettings(change(latest.current));
    latest.current = next;
    setSettings(next);
    const mine = ++seq.current;
    source.save(next).then(
      () => mine === seq.current && setSave({ kind: 'saved', seq: mine }),
      () => mine === seq.current && setSave({ kind: 'failed', seq: mine }),
    );
  };

  return { settings, tr, save, update };
}
