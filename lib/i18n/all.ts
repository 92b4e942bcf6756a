/** Both languages at once, for pages that switch language while open (options) and for tests. */
import en from '../../public/_locales/en/messages.json';
import nl from '../../public/_locales/nl/messages.json';
import { type Messages, registerMessages } from './index';

export function registerAllMessages(): void {
  registerMessages('en', en as Messages);
  registerMessages('nl', nl as Messages);
}
