import { describe, expect, it } from 'vitest';

import { latinFinalSound, withParticle } from '../../src/domain/particles';

describe('Korean particles after a name', () => {
  it('follow the final consonant of Hangul names (es-hangul)', () => {
    expect(withParticle('이청산', '은/는')).toBe('이청산은');
    expect(withParticle('남라', '은/는')).toBe('남라는');
    expect(withParticle('윤귀남', '와/과')).toBe('윤귀남과');
    expect(withParticle('온조', '을/를')).toBe('온조를');
    expect(withParticle('이철수', '이/가')).toBe('이철수가');
    expect(withParticle('옥상', '으로/로')).toBe('옥상으로');
    expect(withParticle('교실', '으로/로')).toBe('교실로');
    expect(withParticle('남소주', '이에/에')).toBe('남소주에');
  });
  it('follow the romanised final sound of Latin names', () => {
    expect(withParticle('Lee Cheong-san', '은/는')).toBe('Lee Cheong-san은');
    expect(withParticle('Choi Nam-ra', '은/는')).toBe('Choi Nam-ra는');
    expect(withParticle('Yoon Gwi-nam', '와/과')).toBe('Yoon Gwi-nam과');
    expect(withParticle('Jang Ha-ri', '을/를')).toBe('Jang Ha-ri를');
    expect(withParticle('Lee Su-hyeok', '이/가')).toBe('Lee Su-hyeok이');
    expect(withParticle('Lee Byeong-chan', '이/가')).toBe('Lee Byeong-chan이');
    expect(withParticle('Kim Cheol', '으로/로')).toBe('Kim Cheol로');
    expect(withParticle('Hyosan High School', '으로/로')).toBe('Hyosan High School로');
    expect(withParticle('The principal', '이/가')).toBe('The principal이');
    expect(withParticle('Teacher', '은/는')).toBe('Teacher는');
    expect(withParticle('Yangdong', '으로/로')).toBe('Yangdong으로');
    expect(withParticle('Season 2', '은/는')).toBe('Season 2는');
    expect(withParticle('Season 1', '으로/로')).toBe('Season 1로');
    expect(withParticle('Jang Woo-jin (Ha-ri)', '와/과')).toBe('Jang Woo-jin (Ha-ri)와');
  });
  it('reads English endings the loanword way', () => {
    expect(latinFinalSound('Bus')).toBe('vowel');
    expect(latinFinalSound('Church')).toBe('vowel');
    expect(latinFinalSound('Epic')).toBe('consonant');
    expect(latinFinalSound('Hyeok')).toBe('consonant');
    expect(latinFinalSound('Cheol')).toBe('rieul');
    expect(latinFinalSound('')).toBe('vowel');
  });
});
