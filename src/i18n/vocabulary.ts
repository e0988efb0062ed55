import type {
  Certainty,
  CharacterState,
  LinkKind,
  LOYALTY_TYPES,
  NodeKind,
  RELATIONSHIP_TYPES,
  TRAUMA_TYPES,
} from '../domain/schema';

type LinkType = (typeof RELATIONSHIP_TYPES)[number] | (typeof TRAUMA_TYPES)[number] | (typeof LOYALTY_TYPES)[number];

/** The words for the closed sets of the data format: kinds, link sub-types, states and certainties. */
export interface Vocabulary {
  nodeKinds: Record<NodeKind, string>;
  linkKinds: Record<LinkKind, string>;
  linkTypes: Record<LinkType, string>;
  states: Record<CharacterState, string>;
  certainty: Record<Certainty, string>;
  announced: string;
}

const en: Vocabulary = {
  nodeKinds: { character: 'Character', actor: 'Actor', season: 'Season', location: 'Location' },
  linkKinds: {
    relationship: 'Relationship',
    trauma: 'Trauma',
    loyalty: 'Loyalty',
    plays: 'Plays',
    'appears-in': 'Appears in',
    'tied-to': 'Tied to',
  },
  linkTypes: {
    family: 'family',
    other: 'other',
    friendship: 'friendship',
    romance: 'romance',
    crush: 'crush',
    classmates: 'classmates',
    teacher: 'teacher',
    rivalry: 'rivalry',
    bullying: 'bullying',
    hierarchy: 'hierarchy',
    killed: 'killed',
    infected: 'infected',
    attacked: 'attacked',
    bullied: 'bullied',
    coerced: 'coerced',
    abandoned: 'abandoned',
    captivity: 'captivity',
    'witnessed-death': 'witnessed death',
    protects: 'protects',
    'sacrifices-self-for': 'sacrifices self for',
    betrays: 'betrays',
  },
  states: {
    alive: 'alive',
    dead: 'dead',
    zombie: 'zombie',
    'half-zombie': 'half-zombie',
    infected: 'infected',
    unknown: 'unknown',
  },
  certainty: { 'on-screen': 'on screen', announced: 'announced', inferred: 'inferred' },
  announced: 'announced',
};

const ko: Vocabulary = {
  nodeKinds: { character: '인물', actor: '배우', season: '시즌', location: '장소' },
  linkKinds: {
    relationship: '관계',
    trauma: '트라우마',
    loyalty: '의리',
    plays: '배역',
    'appears-in': '출연 시즌',
    'tied-to': '관련 장소',
  },
  linkTypes: {
    family: '가족',
    other: '기타',
    friendship: '우정',
    romance: '연애',
    crush: '짝사랑',
    classmates: '반 친구',
    teacher: '담임·스승',
    rivalry: '경쟁',
    bullying: '괴롭힘 관계',
    hierarchy: '위계',
    killed: '죽임',
    infected: '감염시킴',
    attacked: '공격',
    bullied: '괴롭힘',
    coerced: '강요',
    abandoned: '버림',
    captivity: '감금',
    'witnessed-death': '죽음 목격',
    protects: '보호',
    'sacrifices-self-for': '희생',
    betrays: '배신',
  },
  states: {
    alive: '생존',
    dead: '사망',
    zombie: '좀비',
    'half-zombie': '절비(반좀비)',
    infected: '감염',
    unknown: '알 수 없음',
  },
  certainty: { 'on-screen': '화면에 나옴', announced: '발표됨', inferred: '추정' },
  announced: '발표됨',
};

export const VOCABULARY = { en, ko } as const;

/** A link sub-type in the interface language; a type the data invents (structural links) stays as given. */
export const linkTypeLabel = (words: Vocabulary, type: string): string =>
  type in words.linkTypes ? words.linkTypes[type as LinkType] : type;
