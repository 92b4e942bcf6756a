import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { registerAllMessages } from '../lib/i18n/all';

registerAllMessages();
afterEach(cleanup);
