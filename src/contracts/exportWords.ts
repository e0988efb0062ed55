import type { ExportFailure } from '../domain/exportPlan';
import type { ExportPhrases } from '../domain/exportText';

/**
 * The words the export controller writes itself (caption, alt text, its notices); src/i18n/ supplies
 * them in the interface language, so src/state/ never picks a language's words.
 */
export interface ExportWords {
  phrases: ExportPhrases;
  saved: (name: string, w: number, h: number) => string;
  failed: (reason: string) => string;
  failures: Record<ExportFailure, string>;
  imageCopied: string;
  shared: string;
  handFailed: string;
  /** A posting image's title line first in this language, the other language's title under it. */
  titleFirst: 'en' | 'ko';
}
