export const NOTICE_TONES = ['info', 'error'] as const;
export type NoticeTone = (typeof NOTICE_TONES)[number];

/** A one-line message the interface shows after an action: what happened, or why it failed. */
export interface Notice {
  tone: NoticeTone;
  text: string;
}
