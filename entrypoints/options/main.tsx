import { render } from 'preact';
import '@/components/theme.css';
import './style.css';
import { browserOptionsSource } from '@/lib/browser/options-source';
import { App } from './App';

const root = document.getElementById('app') as HTMLElement;
void browserOptionsSource.load().then((initial) => {
  render(<App source={browserOptionsSource} initial={initial} />, root);
});
