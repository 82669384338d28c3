// The content script's card reader: the job cards of a page, for their buttons, imported by the
// content script in idle moments (lib/content/page-reader.ts). The page reader serves a save.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installCardReader } from '../lib/content/page-reader';
import { readCards } from '../lib/extract/read-cards';

export default defineUnlistedScript(() => installCardReader({ readCards }));
