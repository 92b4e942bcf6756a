import { describe, expect, it } from 'vitest';
import { loadExercise, preparePage } from '@/entrypoints/prompt/prepare';
import { CATALOGUE_LANGS, catalogue, renderIllustration } from '@/lib/catalogue';
import { pageData, promptRecord } from './fake-source';

describe('prompt page preparation', () => {
  const cases = catalogue.flatMap((entry) => CATALOGUE_LANGS.map((lang) => [entry.id, lang] as const));

  it.each(cases)('loads %s in %s exactly as the whole catalogue has it', async (id, lang) => {
    const { text, ...meta } = catalogue.find((entry) => entry.id === id) ?? {};
    const exercise = await loadExercise(id, lang);
    expect(exercise?.meta).toEqual(meta);
    expect(exercise?.text).toEqual(text?.[lang]);
    expect(exercise?.illustration).toBe(renderIllustration(id, lang));
    expect(exercise?.illustration).toContain('<svg');
  });

  it('knows no exercise by an unknown id', async () => {
    expect(await loadExercise('no-such-exercise', 'en')).toBeUndefined();
  });

  it('picks the language and keeps only an open prompt', async () => {
    const open = await preparePage(pageData(promptRecord(), { language: 'auto' }, 'nl-BE'));
    expect(open.locale).toBe('nl');
    expect(open.prompt?.id).toBe('1700000000000');
    expect(open.exercise?.meta.id).toBe('seated-twist');

    const answered = await preparePage(pageData(promptRecord({ outcome: 'skipped' })));
    expect(answered).toEqual({ locale: 'en', prompt: null, exercise: undefined });
    expect(await preparePage(pageData(null, { language: 'nl' }))).toEqual({
      locale: 'nl',
      prompt: null,
      exercise: undefined,
    });
  });
});
