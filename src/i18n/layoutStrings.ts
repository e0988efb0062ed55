/** Words of the responsive layout: the header menu, the bottom sheet and the touch search box. */
const en = {
  menu: 'Menu',
  menuHint: 'Season, layout, image export, opening a file, theme, language and names',
  searchHintTouch: 'Search a name',
  /** A phone's bar has room for one word in the search box and a short "I've watched up to". */
  searchHintPhone: 'Search',
  watchedUpToShort: 'Watched',
  notStartedShort: 'Not started',
  everythingShort: 'Everything',
  pickNodeTouch: 'Tap a character to see who they are and how they are linked. Pinch to zoom.',
  emptyNotStarted: 'Nobody is shown before episode 1. Choose the episode you have watched up to under “Watched”.',
  emptyFiltered: 'Nothing to draw with these filters. Show a kind again in the legend, or choose all seasons.',
  sheet: 'Panel',
  sheetHandle: 'Resize the panel: drag it, or tap to switch size',
  sheetStops: { peek: 'collapsed', half: 'half height', full: 'full height' },
};

const ko: typeof en = {
  menu: '메뉴',
  menuHint: '시즌, 배치, 이미지 내보내기, 파일 열기, 테마, 언어, 이름 표기',
  searchHintTouch: '이름 검색',
  searchHintPhone: '검색',
  watchedUpToShort: '시청',
  notStartedShort: '안 봄',
  everythingShort: '전부',
  pickNodeTouch: '인물을 누르면 어떤 사람인지, 누구와 어떻게 이어지는지 볼 수 있습니다. 두 손가락으로 확대하세요.',
  emptyNotStarted: '1화 전에는 보여 줄 인물이 없습니다. ‘시청’에서 본 회차를 고르세요.',
  emptyFiltered: '이 필터로는 그릴 것이 없습니다. 범례에서 종류를 다시 켜거나 모든 시즌을 고르세요.',
  sheet: '패널',
  sheetHandle: '패널 크기 바꾸기: 끌거나 눌러서 전환',
  sheetStops: { peek: '접힘', half: '절반', full: '전체' },
};

export const LAYOUT_STRINGS = { en, ko } as const;
