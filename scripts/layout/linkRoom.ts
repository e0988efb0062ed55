/**
 * A selected character's captions sit on its links, between the two bodies and their arrowheads: a
 * story link shorter than this (model units at zoom 1) leaves no room for one, and the crossing search
 * alone happily packs neighbours close (Cheong-san's mother and the principal ended 78 and 98 units
 * from him, and 13 of his 19 captions found no place).
 */
export const CAPTION_ROOM = 130;

/** What a link costs for each unit it falls short: 50 units short weighs about one crossing. */
export const shortLinkCost = (length: number) => Math.max(0, CAPTION_ROOM - length);
