import { Document, DOMParser } from '@xmldom/xmldom';

import type { XmlPlatform } from '../../src/io/xmlGraph';

/** Node has no DOMParser; tests use xmldom's. */
export const nodeXml = (): XmlPlatform => ({ DOMParser, Document }) as unknown as XmlPlatform;
