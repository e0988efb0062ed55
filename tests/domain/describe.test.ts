import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { describeLink, linksOf, titleIn } from '../../src/domain/describe';
import { exportFileName } from '../../src/domain/exportName';
import { applyFilters } from '../../src/domain/filters';
import { parseGraph } from '../../src/domain/parseGraph';
import { STRINGS } from '../../src/i18n/strings';
import { WHOLE_GRAPH } from './fixture';

const graph = parseGraph(JSON.parse(readFileSync(new URL('../fixtures/small-graph.json', import.meta.url), 'utf8')));
const link = (id: string) => graph.links.find((l) => l.id === id)!;

const en = STRINGS.en;
const ko = STRINGS.ko;

describe('describeLink', () => {
  it('says cast and setting links as whole sentences in both languages', () => {
    const shipped = parseGraph(JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')));
    const say = (id: string, words: typeof en) =>
      describeLink(
        shipped,
        shipped.links.find((l) => l.id === id)!,
        null,
        words,
      );
    expect(say('um-hyo-sup--plays--principal--s1', en)).toBe('Um Hyo-sup plays the principal');
    expect(say('um-hyo-sup--plays--principal--s1', ko)).toBe('Um Hyo-sup은 교장 역을 맡는다');
    expect(say('on-jo--appears-in--s1', en)).toBe('Nam On-jo appears in Season 1');
    expect(say('on-jo--appears-in--s1', ko)).toBe('남온조는 시즌 1에 나온다');
    expect(say('rooftop--appears-in--s1', en)).toBe('The rooftop is a setting of Season 1');
    expect(say('rooftop--appears-in--s1', ko)).toBe('옥상은 시즌 1의 배경이다');
    expect(say('nam-ra--tied-to--stairwell', en)).toBe('Choi Nam-ra is tied to the stairwell');
    // A place without an in-sentence form is a proper name and stays as the chart writes it.
    expect(say('ha-ri--tied-to--hyosan-high', en)).toBe('Jang Ha-ri is tied to Hyosan High School');
    expect(say('university--appears-in--s2', en)).toBe('A university in Seoul is a setting of Season 2');
    expect(say('nam-ra--tied-to--classroom-2-5', ko)).toBe('최남라는 2학년 5반 교실과 이어져 있다');
  });
  it('frames a directed link without a template as a whole sentence, never glued', () => {
    expect(describeLink(graph, link('l2'), null, en)).toBe('From Ben to Ana: dies for');
    expect(describeLink(graph, link('l2'), null, ko)).toBe('Ben이 아나에게: 희생');
  });
  it('reads an undirected link as a pair', () => {
    expect(describeLink(graph, link('l1'), null, en)).toBe('Ana and Ben: best friends');
    expect(describeLink(graph, link('l1'), null, ko)).toBe('아나와 Ben 사이: 우정');
  });
  it('fills the data template, with Korean particles by the final sound of each name', () => {
    const stab = {
      ...link('l2'),
      sentence: { en: '{source} stabs {target} in the eye', ko: '{source:은/는} {target}의 눈을 찌른다' },
    };
    expect(describeLink(graph, stab, null, en)).toBe('Ben stabs Ana in the eye');
    // Ben has no Hangul name: a Latin name takes the particle of its final sound.
    expect(describeLink(graph, stab, null, ko)).toBe('Ben은 아나의 눈을 찌른다');
    const named = parseGraph({
      ...JSON.parse(readFileSync(new URL('../fixtures/small-graph.json', import.meta.url), 'utf8')),
    });
    const ben = named.nodeById.get('ben')!;
    const ana = named.nodeById.get('ana')!;
    Object.assign(ben, { labelKo: '이청산' });
    Object.assign(ana, { labelKo: '남라' });
    const toward = {
      ...stab,
      sentence: { en: '{source} runs to {target}', ko: '{source:이/가} {target:으로/로} 달려간다' },
    };
    expect(describeLink(named, toward, null, ko)).toBe('이청산이 남라로 달려간다');
    expect(describeLink(named, { ...toward, source: 'ana', target: 'ben' }, null, ko)).toBe(
      '남라가 이청산으로 달려간다',
    );
  });
  it('writes a name that starts with "The" in lower case inside a sentence, as English does', () => {
    const titled = parseGraph(
      JSON.parse(readFileSync(new URL('../fixtures/small-graph.json', import.meta.url), 'utf8')),
    );
    Object.assign(titled.nodeById.get('ana')!, { label: 'The principal' });
    const films = {
      ...link('l2'),
      sentence: { en: '{source} films the murder of {target}', ko: '{source:은/는} {target}' },
    };
    expect(describeLink(titled, films, null, en)).toBe('Ben films the murder of the principal');
    expect(describeLink(titled, { ...films, source: 'ana', target: 'ben' }, null, en)).toBe(
      'The principal films the murder of Ben',
    );
    expect(describeLink(titled, link('l2'), null, en)).toBe('From Ben to the principal: dies for');
  });
  it('falls back on the caption when a template is malformed', () => {
    const broken = { ...link('l2'), sentence: { en: '{source} and {nobody}', ko: '{source:은/는} {target}' } };
    expect(describeLink(graph, broken, null, en)).toBe('From Ben to Ana: dies for');
  });
  it('adds the target side when it differs', () => {
    expect(describeLink(graph, { ...link('l2'), labelReverse: 'never knew' }, null, en)).toBe(
      'From Ben to Ana: dies for (Ana: never knew)',
    );
  });
  it('keeps the target side, told with hindsight, back until the season is watched to its end', () => {
    const l2 = { ...link('l2'), labelReverse: 'never knew' };
    expect(describeLink(graph, l2, { season: 1, episode: 5 }, en)).toBe('From Ben to Ana: dies for');
    expect(describeLink(graph, l2, { season: 1, episode: 6 }, en)).toBe('From Ben to Ana: dies for (Ana: never knew)');
  });
});

describe('linksOf', () => {
  it('lists only the visible links of a node, with the node at the other end', () => {
    const s2 = applyFilters(graph, { ...WHOLE_GRAPH, season: 's2' });
    const lines = linksOf(graph, 'ana', s2.links, null, en);
    expect(lines.map((l) => l.link.id).sort()).toEqual(['l3', 'l5', 'l7']);
    expect(lines.find((l) => l.link.id === 'l3')?.other.id).toBe('cy');
  });
});

describe('exportFileName', () => {
  it('names the file after the show and the season filter', () => {
    expect(exportFileName('all-of-us-are-dead', { number: 1 }, 'png')).toBe('all-of-us-are-dead-s1.png');
    expect(exportFileName('all-of-us-are-dead', null, 'png')).toBe('all-of-us-are-dead-all.png');
  });
  it('never produces path separators or spaces from a hostile slug', () => {
    expect(exportFileName('../My Show/', null, 'png')).toBe('my-show-all.png');
  });
});

describe('titleIn', () => {
  it("gives the show's Korean title to a Korean reader, and the English one otherwise or when there is none", () => {
    const meta = { title: 'All of Us Are Dead', titleKo: '지금 우리 학교는' };
    expect(titleIn(meta, 'ko')).toBe('지금 우리 학교는');
    expect(titleIn(meta, 'en')).toBe('All of Us Are Dead');
    expect(titleIn({ title: 'My show' }, 'ko')).toBe('My show');
  });
});
