import { render } from 'preact';
import './style.css';
import { browserPromptSource } from '@/lib/browser/prompt-source';
import { loadMessages } from '@/lib/i18n';
import { App } from './App';
import { preparePage } from './prepare';

const root = document.getElementById('app') as HTMLElement;
const id = new URLSearchParams(location.search).get('id') ?? '';
void browserPromptSource
  .load(id)
  .then(preparePage)
  .then(async (page) => {
    await loadMessages(page.locale, 'prompt');
    return page;
  })
  .then((page) => render(<App source={browserPromptSource} page={page} now={Date.now} />, root));
