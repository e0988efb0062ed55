import type { ExportFailure } from '../domain/exportPlan';
import type { ExportPhrases, LegendWords } from '../domain/exportText';
import type { Language, NameScript } from '../domain/language';
import type { Tone } from '../theme/palette';

/**
 * The words the export controller writes itself (caption, alt text, its notices); src/i18n/ supplies
 * them in the interface language, so src/state/ never picks a language's words.
 */
export interface ExportWords {
  phrases: ExportPhrases;
  saved: (name: string, w: number, h: number) => string;
  failed: (reason: string) => string;
  failures: Record<ExportFailure, string>;
  /** Kind names for the image's legend, and the names of the chart's link colours. */
  legendWords: LegendWords & { tones: Record<Tone, string> };
  /** Which spelling of the show's and people's names the caption and alt text use. */
  script: NameScript;
  imageCopied: string;
  shared: string;
  handFailed: string;
  /** A posting image's title line first in this language, the other language's title under it. */
  titleFirst: Language;
}
