import { Document, DOMParser, onErrorStopParsing } from '@xmldom/xmldom';

import type { XmlPlatform } from './xmlGraph';

/**
 * xmldom as the XML platform where there is no DOMParser (the file-reading worker, Node tests). Its
 * default reports every problem to console.error before throwing; here errors stop the parse and reach
 * the reader only as the thrown error (with its line and column), which becomes the user's refusal.
 */
class QuietDomParser extends DOMParser {
  constructor() {
    super({ onError: onErrorStopParsing });
  }
}

export const xmldomPlatform = (): XmlPlatform => ({ DOMParser: QuietDomParser, Document }) as unknown as XmlPlatform;
