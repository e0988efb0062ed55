import { withParticle } from '../domain/particles';

/** Loading, opening a file or an address, and what is said when that fails. */
const en = {
  loading: 'Loading the graph…',
  loadFailed: 'The graph could not be loaded',
  drawFailed: (detail: string) => `The graph could not be drawn (${detail}), so the previous graph is shown again.`,
  drawFailedNoFallback: 'The graph could not be drawn.',
  problemsFound: 'Problems found',
  openGraph: 'Open graph…',
  openGraphHint: (limit: string) =>
    `Open a graph file (up to ${limit}): this app's JSON, Cytoscape.js JSON, D3 node-link JSON, GEXF or GraphML. You can also drop it on the page.`,
  dropHere: (limit: string) => `Drop a graph file to open it (JSON, GEXF or GraphML, up to ${limit})`,
  opening: (name: string) => `Opening ${name}…`,
  openFailed: (name: string) => `${name} could not be opened. The graph on screen is unchanged.`,
  dismiss: 'Dismiss',
  useBundled: 'Open the bundled graph instead',
  remoteFailure: {
    'bad-url': (url: string) => `"${url}" is not a valid address.`,
    'not-http': (url: string) => `Only http and https addresses can be opened, not "${url}".`,
    ipv6: (url: string) =>
      `${url} names its server by an IPv6 address, which this app cannot open; use the server's host name instead.`,
    credentials: (url: string) =>
      `The address ${url} carries a user name or password, which this app never sends; put the file where it can be read without one.`,
    network: (url: string) => `The server at ${url} could not be reached (network error, or it is offline).`,
    cors: (url: string) =>
      `${url} answered, but its server does not allow other sites to read the file (CORS). Download it and open it as a file instead.`,
    http: (url: string, detail: string) => `${url} answered with an error: HTTP ${detail}.`,
    'too-large': (url: string, size: string, limit: string) =>
      `${url} is too large to open (${size}; the limit is ${limit}).`,
    timeout: (url: string, seconds: string) =>
      `The server at ${url} sent nothing for ${seconds} seconds, so loading stopped. Try again, or open the bundled graph.`,
  },
};

export type OpenStrings = typeof en;

const ko: OpenStrings = {
  loading: '그래프를 불러오는 중…',
  loadFailed: '그래프를 불러오지 못했습니다',
  drawFailed: (detail: string) => `그래프를 그리지 못해 (${detail}) 이전 그래프를 다시 보여 줍니다.`,
  drawFailedNoFallback: '그래프를 그리지 못했습니다.',
  problemsFound: '발견된 문제',
  openGraph: '그래프 열기…',
  openGraphHint: (limit: string) =>
    `그래프 파일 열기 (최대 ${limit}): 이 앱의 JSON, Cytoscape.js JSON, D3 node-link JSON, GEXF, GraphML. 페이지에 끌어다 놓아도 됩니다.`,
  dropHere: (limit: string) => `그래프 파일을 놓아 여세요 (JSON, GEXF, GraphML, 최대 ${limit})`,
  opening: (name: string) => `${name} 여는 중…`,
  openFailed: (name: string) => `${withParticle(name, '을/를')} 열 수 없습니다. 화면의 그래프는 그대로입니다.`,
  dismiss: '닫기',
  useBundled: '기본 그래프 열기',
  remoteFailure: {
    'bad-url': (url: string) => `"${url}"은(는) 올바른 주소가 아닙니다.`,
    'not-http': (url: string) => `http, https 주소만 열 수 있습니다: "${url}"`,
    ipv6: (url: string) =>
      `${url} 주소는 서버를 IPv6 주소로 가리키는데, 이 앱은 IPv6 주소를 열 수 없습니다. 서버의 호스트 이름을 쓰세요.`,
    credentials: (url: string) =>
      `${url} 주소에 사용자 이름이나 비밀번호가 들어 있습니다. 이 앱은 이를 보내지 않으니, 로그인 없이 읽을 수 있는 곳에 파일을 두세요.`,
    network: (url: string) => `${url} 서버에 연결할 수 없습니다 (네트워크 오류 또는 오프라인).`,
    cors: (url: string) =>
      `${url} 서버가 응답했지만 다른 사이트가 파일을 읽도록 허용하지 않습니다 (CORS). 파일을 내려받아 직접 여세요.`,
    http: (url: string, detail: string) => `${url} 서버가 오류로 응답했습니다: HTTP ${detail}.`,
    'too-large': (url: string, size: string, limit: string) =>
      `${url} 파일이 너무 커서 열 수 없습니다 (${size}, 최대 ${limit}).`,
    timeout: (url: string, seconds: string) =>
      `${url} 서버가 ${seconds}초 동안 아무것도 보내지 않아 불러오기를 멈췄습니다. 다시 시도하거나 기본 그래프를 여세요.`,
  },
};

export const OPEN_STRINGS = { en, ko } as const;
