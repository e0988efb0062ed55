// The parsers' factory entry points take the DOMParser and Document to use; the packages type only
// their browser entries, which would bind the global DOMParser.
declare module 'graphology-gexf/common/parser.js' {
  import type { AbstractGraph, GraphConstructor } from 'graphology-types';
  type Parse = (Graph: GraphConstructor, source: Document, options?: Record<string, boolean>) => AbstractGraph;
  const createParser: (DOMParser: unknown, Document: unknown) => Parse;
  export default createParser;
}
declare module 'graphology-graphml/common/parser.js' {
  import type { AbstractGraph, GraphConstructor } from 'graphology-types';
  type Parse = (Graph: GraphConstructor, source: Document, options?: Record<string, boolean>) => AbstractGraph;
  const createParser: (DOMParser: unknown, Document: unknown) => Parse;
  export default createParser;
}
