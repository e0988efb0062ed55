import type { ExportFailure, PresetId, SizeProblem } from '../domain/exportPlan';
import type { AltParts, ExportPhrases } from '../domain/exportText';
import type { Language, NameScript } from '../domain/language';
import { withParticle } from '../domain/particles';
import { STORY_STRINGS } from './storyStrings';
import { VOCABULARY } from './vocabulary';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const enPhrases: ExportPhrases = {
  allSeasons: 'All seasons',
  noSpoilerLimit: 'everything (no spoiler limit)',
  seasonLine: (season) => `Season filter: ${season}`,
  cursorLine: (cursor) => `Watched up to: ${cursor}`,
  episode: STORY_STRINGS.en.episodeShort,
  notStarted: STORY_STRINGS.en.notStarted.toLowerCase(),
  hiddenLine: (labels) => `Hidden: ${labels}`,
  focusLine: (name, depth) => `Focus: ${name}, ${n(depth, 'step', 'steps')}`,
  countsLine: (characters, links) => `${n(characters, 'character', 'characters')} · ${n(links, 'link', 'links')} shown`,
  and: 'and',
  credit: (address) =>
    address ? `Made with the relationship explorer · ${address}` : 'Made with the relationship explorer',
  altSentence: (p: AltParts) =>
    `Relationship graph of ${p.title}${p.scope ? ` (${p.scope})` : ''} showing ${n(p.characters, 'character', 'characters')}` +
    (p.names ? ` — ${p.names}${p.moreCharacters > 0 ? ` and ${p.moreCharacters} more` : ''} —` : '') +
    (p.otherNodes > 0 ? ` plus ${n(p.otherNodes, 'other node', 'other nodes')}` : '') +
    `, joined by ${n(p.links, 'link', 'links')}.`,
};

const koPhrases: ExportPhrases = {
  allSeasons: '모든 시즌',
  noSpoilerLimit: '전체 (스포일러 제한 없음)',
  seasonLine: (season) => `시즌 필터: ${season}`,
  cursorLine: (cursor) => `시청한 회차: ${cursor}`,
  episode: STORY_STRINGS.ko.episodeShort,
  notStarted: STORY_STRINGS.ko.notStarted,
  hiddenLine: (labels) => `숨김: ${labels}`,
  focusLine: (name, depth) => `집중: ${name}, ${depth}단계`,
  countsLine: (characters, links) => `인물 ${characters}명 · 연결 ${links}개 표시`,
  and: '및',
  credit: (address) => (address ? `관계도 탐색기로 만듦 · ${address}` : '관계도 탐색기로 만듦'),
  altSentence: (p: AltParts) =>
    `${p.title} 관계 그래프${p.scope ? ` (${p.scope})` : ''}: 인물 ${p.characters}명` +
    (p.names ? ` (${p.names}${p.moreCharacters > 0 ? ` 외 ${p.moreCharacters}명` : ''})` : '') +
    (p.otherNodes > 0 ? `, 그 밖의 노드 ${p.otherNodes}개` : '') +
    `, 연결 ${p.links}개.`,
};

const en = {
  phrases: enPhrases,
  script: 'latin' as NameScript,
  legendWords: {
    nodeKinds: VOCABULARY.en.nodeKinds,
    linkKinds: VOCABULARY.en.linkKinds,
    tones: {
      romance: 'Romance',
      family: 'Family',
      friendship: 'Friends & others',
      rivalry: 'Rivals',
      bullying: 'Bullying',
      trauma: 'Harm & trauma',
      loyalty: 'Loyalty',
    },
  },
  title: 'Export image',
  format: 'Format',
  area: 'Area',
  whole: 'Whole graph (as filtered)',
  viewport: 'Visible part (viewport)',
  size: 'Size',
  presets: {
    '1x': '1× (screen size)',
    '2x': '2×',
    '4x': '4×',
    square: 'Post, square 1080 × 1080',
    portrait: 'Post, portrait 1080 × 1350',
    story: 'Story 1080 × 1920',
    social: 'Social 1200 × 675',
    slide: 'Slide 1920 × 1080',
    a4: 'A4 at 300 dpi (3508 × 2480)',
    poster: 'Poster A3 at 600 dpi (9921 × 7016)',
    custom: 'Custom width',
  } satisfies Record<PresetId, string>,
  customWidth: 'Width in pixels',
  background: 'Background',
  transparent: 'Transparent',
  solid: 'Solid (theme colour)',
  contents: 'In the image',
  labels: 'Names on nodes',
  legend: 'Legend',
  caption: 'Caption (title and counts)',
  explain: 'Self-explaining image: legend, title, season, spoiler limit and filters drawn in',
  highlight: 'Include the current highlight (selection, path, season changes)',
  arrowCaptions: 'Captions on the arrows (those that would overprint are left out)',
  preview: 'Preview',
  previewFailed: 'No preview',
  size_: (w: number, h: number) => `${w.toLocaleString('en')} × ${h.toLocaleString('en')} px`,
  download: 'Download',
  titleFirst: 'en' as Language,
  copyImage: 'Copy image',
  share: 'Share…',
  imageCopied: 'Image copied: paste it into a post or a message.',
  shared: 'Image shared.',
  handFailed: 'the browser refused (no permission to copy or share here).',
  namesLeftOut: (n: number) =>
    `${n} name${n === 1 ? '' : 's'} would overprint at this size and ${n === 1 ? 'is' : 'are'} left out.`,
  neighbourhoodInstead: (name: string) => `Show only ${name} and their links instead`,
  close: 'Close',
  altText: 'Alt text',
  copy: 'Copy',
  copied: 'Copied',
  stages: { draw: 'Drawing the graph…', compose: 'Adding legend and caption…', encode: 'Encoding the file…' },
  saved: (name: string, w: number, h: number) => `Saved ${name} (${w} × ${h} px)`,
  failed: (reason: string) => `Export failed: ${reason}`,
  tooLarge: (p: SizeProblem) =>
    p.reason === 'empty'
      ? 'Nothing to export: the image would be empty.'
      : p.reason === 'side'
        ? `Too large: this browser cannot save an image with a side over ${p.limit.toLocaleString('en')} px. Choose a smaller size.`
        : `Too large: this browser cannot save an image over ${(p.limit / 1e6).toFixed(0)} million pixels. Choose a smaller size.`,
  failures: {
    'no-image': 'the browser could not produce the image (it may be too large for this device).',
    memory: 'not enough memory for an image this large. Choose a smaller size.',
    tainted: 'the graph contains a picture from another site, so the browser refuses to save it.',
    empty: 'no element is visible.',
  } satisfies Record<ExportFailure, string>,
};

export type ExportStrings = typeof en;

const ko: ExportStrings = {
  phrases: koPhrases,
  script: 'hangul',
  legendWords: {
    nodeKinds: VOCABULARY.ko.nodeKinds,
    linkKinds: VOCABULARY.ko.linkKinds,
    tones: {
      romance: '연애',
      family: '가족',
      friendship: '친구 등',
      rivalry: '경쟁',
      bullying: '괴롭힘',
      trauma: '피해',
      loyalty: '의리',
    },
  },
  title: '이미지 내보내기',
  format: '형식',
  area: '범위',
  whole: '그래프 전체 (필터 적용)',
  viewport: '보이는 부분 (화면)',
  size: '크기',
  presets: {
    '1x': '1× (화면 크기)',
    '2x': '2×',
    '4x': '4×',
    square: '게시물 정사각형 1080 × 1080',
    portrait: '게시물 세로 1080 × 1350',
    story: '스토리 1080 × 1920',
    social: 'SNS 1200 × 675',
    slide: '슬라이드 1920 × 1080',
    a4: 'A4 300 dpi (3508 × 2480)',
    poster: '포스터 A3 600 dpi (9921 × 7016)',
    custom: '너비 직접 입력',
  },
  customWidth: '너비 (픽셀)',
  background: '배경',
  transparent: '투명',
  solid: '단색 (테마 색)',
  contents: '이미지에 넣을 것',
  labels: '노드 이름',
  legend: '범례',
  caption: '캡션 (제목과 개수)',
  explain: '설명이 담긴 이미지: 범례, 제목, 시즌, 스포일러 제한, 필터를 함께 그림',
  highlight: '현재 강조 표시 포함 (선택, 경로, 시즌 변화)',
  arrowCaptions: '화살표에 관계 설명 표시 (겹치는 설명은 생략)',
  preview: '미리 보기',
  previewFailed: '미리 보기 없음',
  size_: (w: number, h: number) => `${w.toLocaleString('ko')} × ${h.toLocaleString('ko')} 픽셀`,
  download: '다운로드',
  titleFirst: 'ko',
  copyImage: '이미지 복사',
  share: '공유…',
  imageCopied: '이미지를 복사했습니다. 게시물이나 메시지에 붙여 넣으세요.',
  shared: '이미지를 공유했습니다.',
  handFailed: '브라우저가 거부했습니다 (여기서는 복사하거나 공유할 권한이 없습니다).',
  namesLeftOut: (n: number) => `이 크기에서는 이름 ${n}개가 겹쳐서 빠집니다.`,
  neighbourhoodInstead: (name: string) => `대신 ${withParticle(name, '와/과')} 그 관계만 보기`,
  close: '닫기',
  altText: '대체 텍스트',
  copy: '복사',
  copied: '복사됨',
  stages: { draw: '그래프 그리는 중…', compose: '범례와 캡션 넣는 중…', encode: '파일 만드는 중…' },
  saved: (name: string, w: number, h: number) => `${name} 저장됨 (${w} × ${h} 픽셀)`,
  failed: (reason: string) => `내보내기 실패: ${reason}`,
  tooLarge: (p: SizeProblem) =>
    p.reason === 'empty'
      ? '내보낼 것이 없습니다: 이미지가 비어 있습니다.'
      : p.reason === 'side'
        ? `너무 큽니다: 이 브라우저는 한 변이 ${p.limit.toLocaleString('ko')} 픽셀을 넘는 이미지를 저장할 수 없습니다. 더 작은 크기를 고르세요.`
        : `너무 큽니다: 이 브라우저는 ${(p.limit / 1e6).toFixed(0)}백만 픽셀이 넘는 이미지를 저장할 수 없습니다. 더 작은 크기를 고르세요.`,
  failures: {
    'no-image': '브라우저가 이미지를 만들지 못했습니다 (이 기기에는 너무 클 수 있습니다).',
    memory: '이 크기의 이미지를 만들 메모리가 부족합니다. 더 작은 크기를 고르세요.',
    tainted: '그래프에 다른 사이트의 그림이 있어 브라우저가 저장을 막았습니다.',
    empty: '보이는 요소가 없습니다.',
  },
};

export const EXPORT_STRINGS = { en, ko } as const;
