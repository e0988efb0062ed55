import type { Language } from '../domain/language';
import { withParticle } from '../domain/particles';
import type { RefusalCode, RefusalKind } from '../domain/problems';

type Args = Readonly<Record<string, string>>;
type Words = Record<RefusalCode, (a: Args) => string>;

const en: Words = {
  'too-large': (a) => `the file is ${a.size}; the limit is ${a.limit}`,
  empty: () => 'the file is empty',
  zip: () => 'this is a ZIP archive; unpack it and open the graph file inside',
  png: () => 'this is a PNG image, not a graph file',
  pdf: () => 'this is a PDF document, not a graph file',
  gzip: () => 'this is a gzip archive; unpack it and open the graph file inside',
  encoding: (a) => `the file says it is in the ${a.encoding} encoding; save it as UTF-8, UTF-16 or Latin-1`,
  'not-utf8': () => 'the file is not valid UTF-8 text',
  'too-deep': (a) => `JSON nested deeper than ${a.depth} levels`,
  'bad-json': (a) => `not valid JSON: ${a.detail}`,
  'json-ends': () => 'not valid JSON: the file ends in the middle of the data',
  whitespace: () => 'the file holds only whitespace',
  html: () => 'this is an HTML web page, not a graph file (on a code host, link the raw file)',
  'named-not': (a) =>
    `the file is named .${a.extension} but its content is not ${a.syntax}: it starts with "${a.first}"`,
  unsupported: (a) =>
    `unsupported content: starts with "${a.first}", expected JSON (.json), GEXF (.gexf) or GraphML (.graphml)`,
  'named-other': (a) => `the file is named .${a.extension} but its content is ${a.is}, not ${a.isNot}`,
  doctype: () => 'a DOCTYPE declaration is not allowed (it can define entities that expand or read files)',
  entity: () => 'entity declarations are not allowed (external or expanding entities)',
  'bad-xml': (a) => `not well-formed XML: ${a.detail}`,
  'not-gexf-graphml': () => 'the XML is neither GEXF (<gexf>) nor GraphML (<graphml>)',
  'xml-named': (a) => `the file is named .${a.extension} but holds ${a.format}`,
  'no-graph-element': () => 'no <graph> element',
  'no-nodes': () => 'the graph has no nodes',
  'not-an-object': (a) =>
    `expected a JSON object at the top level, found ${a.type === 'array' ? 'an array' : a.type === 'null' ? 'null' : `a ${a.type}`}`,
  'unknown-json': (a) =>
    'not a graph format this app reads: expected "meta", "nodes" and "links" (this app), "elements" ' +
    `(Cytoscape.js) or "nodes" and "links" (D3 node-link); top-level keys found: ${a.keys}`,
  'too-many': (a) =>
    `the graph has ${a.nodes} nodes and ${a.links} links; this app draws at most ${a.maxNodes} nodes and ${a.maxLinks} links`,
};

const JSON_TYPES_KO: Readonly<Record<string, string>> = {
  array: '배열',
  null: 'null',
  string: '문자열',
  number: '숫자',
  boolean: '참/거짓 값',
};

const ko: Words = {
  'too-large': (a) => `파일 크기가 ${a.size}입니다. 최대 ${a.limit}까지 열 수 있습니다`,
  empty: () => '빈 파일입니다',
  zip: () => 'ZIP 압축 파일입니다. 압축을 풀고 안에 든 그래프 파일을 여세요',
  png: () => 'PNG 이미지입니다. 그래프 파일이 아닙니다',
  pdf: () => 'PDF 문서입니다. 그래프 파일이 아닙니다',
  gzip: () => 'gzip 압축 파일입니다. 압축을 풀고 안에 든 그래프 파일을 여세요',
  encoding: (a) => `파일이 ${a.encoding} 인코딩이라고 밝히고 있습니다. UTF-8, UTF-16, Latin-1 중 하나로 저장하세요`,
  'not-utf8': () => '올바른 UTF-8 텍스트가 아닙니다',
  'too-deep': (a) => `JSON이 ${a.depth}단계보다 깊게 중첩되어 있습니다`,
  'bad-json': (a) => `올바른 JSON이 아닙니다: ${a.detail}`,
  'json-ends': () => '올바른 JSON이 아닙니다: 데이터 중간에서 파일이 끝납니다',
  whitespace: () => '파일에 공백만 있습니다',
  html: () => 'HTML 웹 페이지입니다. 그래프 파일이 아닙니다 (코드 호스팅 사이트라면 원본(raw) 파일 주소를 쓰세요)',
  'named-not': (a) =>
    `파일 이름은 .${a.extension}인데 내용이 ${withParticle(a.syntax ?? '', '이/가')} 아닙니다: "${a.first}" 문자로 시작합니다`,
  unsupported: (a) =>
    `지원하지 않는 내용입니다: "${a.first}" 문자로 시작합니다. JSON(.json), GEXF(.gexf), GraphML(.graphml) 파일을 여세요`,
  'named-other': (a) =>
    `파일 이름은 .${a.extension}인데 내용은 ${withParticle(a.isNot ?? '', '이/가')} 아니라 ${a.is}입니다`,
  doctype: () => 'DOCTYPE 선언은 허용되지 않습니다 (엔터티를 정의해 부풀리거나 파일을 읽을 수 있습니다)',
  entity: () => '엔터티 선언은 허용되지 않습니다 (외부 엔터티나 확장 엔터티)',
  'bad-xml': (a) => `올바른 형식의 XML이 아닙니다: ${a.detail}`,
  'not-gexf-graphml': () => 'GEXF(<gexf>)도 GraphML(<graphml>)도 아닌 XML입니다',
  'xml-named': (a) => `파일 이름은 .${a.extension}인데 내용은 ${a.format}입니다`,
  'no-graph-element': () => '<graph> 요소가 없습니다',
  'no-nodes': () => '그래프에 노드가 하나도 없습니다',
  'not-an-object': (a) =>
    `맨 위에 JSON 객체가 있어야 하는데 ${withParticle(JSON_TYPES_KO[a.type ?? ''] ?? a.type ?? '', '이/가')} 있습니다`,
  'unknown-json': (a) =>
    '이 앱이 읽는 그래프 형식이 아닙니다: "meta", "nodes", "links"(이 앱), "elements"(Cytoscape.js), ' +
    `"nodes"와 "links"(D3 node-link) 중 하나가 있어야 합니다. 맨 위의 키: ${a.keys}`,
  'too-many': (a) =>
    `그래프에 노드 ${a.nodes}개와 연결 ${a.links}개가 있습니다. 이 앱은 노드 ${a.maxNodes}개, 연결 ${a.maxLinks}개까지 그립니다`,
};

const summaries: Record<Language, Record<RefusalKind, (n: number) => string>> = {
  en: {
    file: (n) => `The file could not be opened: ${n} problem${n === 1 ? '' : 's'}`,
    data: (n) => `The graph data is invalid: ${n} problem${n === 1 ? '' : 's'}`,
  },
  ko: {
    file: (n) => `파일을 열 수 없습니다: 문제 ${n}개`,
    data: (n) => `그래프 데이터가 올바르지 않습니다: 문제 ${n}개`,
  },
};

/** The words of a refused file: the summary, each refusal, and where in the file it is. */
export const REFUSAL_STRINGS = {
  en: {
    refusals: en,
    refusedSummary: summaries.en,
    wholeFile: '(file)',
    atPlace: (line: number, column?: number) => `line ${line}${column === undefined ? '' : `, column ${column}`}`,
  },
  ko: {
    refusals: ko,
    refusedSummary: summaries.ko,
    wholeFile: '(파일 전체)',
    atPlace: (line: number, column?: number) => `${line}행${column === undefined ? '' : ` ${column}열`}`,
  },
};
