import { withParticle } from '../domain/particles';
import type { CursorPosition } from '../domain/spoiler';

/** Words of the story as told: the spoiler cursor, the first-visit welcome, link sentences. */
const en = {
  korean: false as boolean,
  linkBetween: (a: string, b: string, caption: string) => `${a} and ${b}: ${caption}`,
  linkFromTo: (a: string, b: string, caption: string) => `From ${a} to ${b}: ${caption}`,
  linkReverse: (sentence: string, target: string, caption: string) => `${sentence} (${target}: ${caption})`,
  structural: {
    plays: (actor: string, role: string) => `${actor} plays ${role}`,
    appearsIn: (who: string, season: string) => `${who} appears in ${season}`,
    settingOf: (place: string, season: string) => `${place} is a setting of ${season}`,
    tiedTo: (who: string, place: string) => `${who} is tied to ${place}`,
  },
  episodeShort: (season: number, episode: number) => `S${season}E${episode}`,
  seasonName: (season: number) => `Season ${season}`,
  seasonShort: (season: number) => `S${season}`,
  /** The row already names the season, so only the episode is said. */
  statusAsOf: (state: string, episode: number) => `${state} as of episode ${episode}`,
  notKnownYet: 'not known yet',
  announcedFor: (season: string) => `Announced for ${season}`,
  announcedPastCursor: (season: string) =>
    `Choose “everything” under “I’ve watched up to” to see what is announced for ${season}.`,
  returning: 'Returning',
  arriving: 'New',
  announcedLinks: 'Announced relations',
  notStarted: 'Not started yet',
  seasonFinished: (season: number, episode: number) => `S${season}E${episode}: finished season ${season}`,
  everythingAnnounced: (seasons: string) => `Everything, with season ${seasons} announcements`,
  everythingAired: 'Everything',
  welcomeTitle: (title: string) => `${title}: who is who, and how they are tied together`,
  welcomeBody:
    'A chart of the characters, the cast and the places, and what ties them, episode by episode. It tells you only what you have already seen.',
  whereAreYou: 'Where are you in the show?',
  welcomeLater: 'You can change this at any time with “I’ve watched up to”. Until you answer, only episode 1 is shown.',
  /** The browser tab's title: the show (or opened file), and the selected name when there is one. */
  pageTitle: (show: string, selected: string | null) =>
    selected === null ? `${show} — relationship graph` : `${selected} · ${show} — relationship graph`,
};

export type StoryStrings = typeof en;

const ko: StoryStrings = {
  korean: true,
  linkBetween: (a: string, b: string, caption: string) => `${withParticle(a, '와/과')} ${b} 사이: ${caption}`,
  linkFromTo: (a: string, b: string, caption: string) => `${withParticle(a, '이/가')} ${b}에게: ${caption}`,
  linkReverse: (sentence: string, target: string, caption: string) => `${sentence} (${target} 쪽에서는: ${caption})`,
  structural: {
    plays: (actor: string, role: string) => `${withParticle(actor, '은/는')} ${role} 역을 맡는다`,
    appearsIn: (who: string, season: string) => `${withParticle(who, '은/는')} ${season}에 나온다`,
    settingOf: (place: string, season: string) => `${withParticle(place, '은/는')} ${season}의 배경이다`,
    tiedTo: (who: string, place: string) => `${withParticle(who, '은/는')} ${withParticle(place, '와/과')} 이어져 있다`,
  },
  episodeShort: (season: number, episode: number) => `${season}시즌 ${episode}화`,
  seasonName: (season: number) => `시즌 ${season}`,
  seasonShort: (season: number) => `시즌 ${season}`,
  statusAsOf: (state: string, episode: number) => `${episode}화 기준 ${state}`,
  notKnownYet: '아직 알 수 없음',
  announcedFor: (season: string) => `${season} 발표 내용`,
  announcedPastCursor: (season: string) => `${season} 발표 내용을 보려면 ‘시청한 회차’에서 ‘전부’를 고르세요.`,
  returning: '돌아오는 인물',
  arriving: '새 인물',
  announcedLinks: '발표된 관계',
  notStarted: '아직 안 봤어요',
  seasonFinished: (season: number, episode: number) => `${season}시즌 ${episode}화: 시즌 ${season} 끝까지 봤어요`,
  everythingAnnounced: (seasons: string) => `전부 (시즌 ${seasons} 발표 내용 포함)`,
  everythingAired: '전부',
  welcomeTitle: (title: string) => `${title}: 누가 누구이고 어떻게 얽혀 있나`,
  welcomeBody:
    '인물과 배우, 장소, 그리고 그 사이의 관계를 회차별로 보여 주는 관계도입니다. 이미 본 내용만 알려 줍니다.',
  whereAreYou: '어디까지 보셨나요?',
  welcomeLater: '언제든 ‘시청한 회차’에서 바꿀 수 있습니다. 답하기 전에는 1화 내용만 보입니다.',
  pageTitle: (show: string, selected: string | null) =>
    selected === null ? `${show} · 관계도` : `${selected} · ${show} · 관계도`,
};

export const STORY_STRINGS = { en, ko } as const;

/** A cursor position in words: "S1E5" / "1시즌 5화", "Everything, with season 2 announcements". */
export function cursorLabel(words: StoryStrings, position: CursorPosition): string {
  switch (position.kind) {
    case 'not-started':
      return words.notStarted;
    case 'episode':
      return words.episodeShort(position.season, position.episode);
    case 'season-end':
      return words.seasonFinished(position.season, position.episode);
    case 'everything':
      return position.announcedSeasons.length === 0
        ? words.everythingAired
        : words.everythingAnnounced(position.announcedSeasons.join(', '));
  }
}

/** The same position in the fewest words, for a phone's bar: "S1E12", "Everything", "1시즌 12화", "전부". */
export function cursorLabelShort(
  words: StoryStrings & { notStartedShort: string; everythingShort: string },
  position: CursorPosition,
): string {
  switch (position.kind) {
    case 'not-started':
      return words.notStartedShort;
    case 'episode':
    case 'season-end':
      return words.episodeShort(position.season, position.episode);
    case 'everything':
      return words.everythingShort;
  }
}
