import { render } from 'preact';
import './style.css';
import { browserOptionsSource } from '@/lib/browser/options-source';
import { registerAllMessages } from '@/lib/i18n/all';
import { App } from './App';

// The language can be switched on this page, so both are at hand.
registerAllMessages();
const root = document.getElementById('app') as HTMLElement;
void browserOptionsSource.load().then((initial) => {
  render(<App source={browserOptionsSource} initial={initial} />, root);
});
