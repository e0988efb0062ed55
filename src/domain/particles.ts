import { josa } from 'es-hangul';

import type { SlotParticle } from './schema';

/** How a name ends when read aloud in Korean: that decides its particle. */
type FinalSound = 'vowel' | 'rieul' | 'consonant';

/** Hangul syllables standing in for each final sound, so es-hangul picks the particle by its own rules. */
const STAND_IN: Record<FinalSound, string> = { vowel: '가', rieul: '갈', consonant: '각' };

/** Korean readings of digits end in: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT_SOUND: readonly FinalSound[] = [
  'consonant',
  'rieul',
  'vowel',
  'consonant',
  'vowel',
  'vowel',
  'consonant',
  'rieul',
  'rieul',
  'vowel',
];

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/;

/**
 * The final sound of a name in Latin letters as a Korean reader says it. Romanised Korean names end
 * as written ("Cheong-san" 청산, "Nam-ra" 남라, "Su-hyeok" 수혁, "Cheol" 철); English endings read
 * the loanword way: -r is silent ("Teacher" 티처) and -s, -sh, -ch, -x, -f, -v, -z, -j take a vowel
 * after them ("Bus" 버스, "Church" 처치).
 */
export function latinFinalSound(word: string): FinalSound {
  const letters = word.toLowerCase().replace(/[^a-z0-9]+$/, '');
  const last = letters.at(-1);
  if (last === undefined) return 'vowel';
  if (last >= '0' && last <= '9') return DIGIT_SOUND[Number(last)] ?? 'vowel';
  if (last === 'l') return 'rieul';
  if ('mnkptbdgc'.includes(last)) return letters.endsWith('gh') ? 'vowel' : 'consonant';
  return 'vowel';
}

/** The stand-in es-hangul reads: the last Hangul syllable of the name, or one with the same final sound. */
function reading(name: string): string {
  const trimmed = name.replace(/[\s)\]"'’”.,!?·]+$/u, '');
  const last = trimmed.at(-1) ?? '';
  return HANGUL_SYLLABLE.test(last) ? last : STAND_IN[latinFinalSound(trimmed)];
}

/**
 * A name followed by the particle that fits its last sound: "이청산은", "남라는", "Lee Cheong-san은",
 * "Yoon Gwi-nam과". Hangul names are read by es-hangul directly; Latin names by their sound.
 */
export function withParticle(name: string, pair: SlotParticle): string {
  const stand = reading(name);
  // es-hangul has no "이에/에" pair; it follows the same rule as "이/가" (a final consonant takes 이).
  if (pair === '이에/에') return `${name}${josa.pick(stand, '이/가') === '이' ? '이에' : '에'}`;
  return `${name}${josa.pick(stand, pair)}`;
}
