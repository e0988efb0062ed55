import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseGraph } from '../../src/domain/parseGraph';
import type { Character, GraphLink, GraphNode, Status } from '../../src/domain/schema';
import { STORY_LINK_KINDS } from '../../src/domain/schema';
import { buildSearchIndex } from '../../src/domain/search';

const graph = parseGraph(JSON.parse(readFileSync(new URL('../../data/graph.json', import.meta.url), 'utf8')));
const farms = (
  JSON.parse(readFileSync(new URL('../../data/content-farms.json', import.meta.url), 'utf8')) as { hosts: string[] }
).hosts;

const characters = graph.nodes.filter((n): n is Character => n.kind === 'character');
const storyLinks = graph.links.filter((l) => (STORY_LINK_KINDS as readonly string[]).includes(l.kind));
const link = (id: string): GraphLink => {
  const found = graph.linkById.get(id);
  if (!found) throw new Error(`no link ${id}`);
  return found;
};
const node = (id: string): GraphNode => {
  const found = graph.nodeById.get(id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const statuses: { owner: string; status: Status }[] = characters.flatMap((c) =>
  c.status.map((status) => ({ owner: c.id, status })),
);
const inSeason1 = (fact: { seasons: readonly string[] }) => fact.seasons.includes('s1');
const actorsOf = (id: string) => graph.links.filter((l) => l.kind === 'plays' && l.target === id);
const hasHangul = (text: string | undefined) => /[\uac00-\ud7a3]/.test(text ?? '');

describe('sources of the shipped data', () => {
  it('never cites a host on the content-farm list', () => {
    const cited = [...graph.sources.values()].flatMap((s) =>
      s.url ? [{ id: s.id, host: new URL(s.url).hostname }] : [],
    );
    const onList = cited.filter(({ host }) => farms.some((farm) => host === farm || host.endsWith(`.${farm}`)));
    expect(onList).toEqual([]);
  });

  it('names the Moneycontrol article behind the season 2 premise', () => {
    expect(graph.sources.get('seed-s2')?.title).toMatch(/^Moneycontrol: /);
  });

  it('prefers originals over pages.dev mirrors', () => {
    const mirrors = [...graph.sources.values()].filter((s) => s.url?.includes('.pages.dev'));
    expect(mirrors.map((s) => s.id)).toEqual([]);
  });
});

describe('episodes and seasons', () => {
  it('never calls a season 2 fact on-screen', () => {
    for (const fact of [...graph.links, ...statuses.map((s) => s.status)]) {
      if (fact.seasons.includes('s2')) expect(fact.certainty).not.toBe('on-screen');
    }
  });

  it('keeps every episode and first appearance within season 1 (12 episodes)', () => {
    const numbers = [
      ...graph.links.map((l) => l.episode),
      ...statuses.map((s) => s.status.episode),
      ...graph.nodes.map((n) => n.firstEpisode),
    ].filter((e): e is number => e !== undefined);
    expect(numbers.length).toBeGreaterThan(150);
    for (const e of numbers) expect(e).toBeGreaterThanOrEqual(1);
    for (const e of numbers) expect(e).toBeLessThanOrEqual(12);
  });

  it('dates every season 1 story link and status, except the ones no source places in an episode', () => {
    const undated = [
      ...storyLinks.filter((l) => inSeason1(l) && l.episode === undefined).map((l) => l.id),
      ...statuses
        .filter(({ status }) => inSeason1(status) && status.episode === undefined)
        .map((s) => `${s.owner}:${s.status.state}`),
    ].sort();
    expect(undated).toEqual([
      'gwi-nam--infected--na-yeon',
      'hee-su:zombie',
      'jae-ik--protects--hee-su',
      'na-yeon:zombie',
      'seon-mu--captivity--so-ju',
    ]);
  });

  it('gives every season 1 character, actor and place a first episode, and actors that of their character', () => {
    const missing = graph.nodes
      .filter((n) => n.kind !== 'season' && n.seasons[0] === 's1' && n.firstEpisode === undefined)
      .map((n) => n.id);
    expect(missing.sort()).toEqual(['chicken-restaurant']);
    for (const l of graph.links.filter((x) => x.kind === 'plays' && x.seasons[0] === 's1')) {
      expect(node(l.source).firstEpisode, l.id).toBe(node(l.target).firstEpisode);
    }
  });

  it('never dates a story link or status before its characters first appear', () => {
    for (const l of storyLinks.filter((x) => x.episode !== undefined && inSeason1(x))) {
      for (const end of [l.source, l.target]) {
        const first = node(end).firstEpisode;
        if (first !== undefined) expect(l.episode, `${l.id} / ${end}`).toBeGreaterThanOrEqual(first);
      }
    }
    for (const { owner, status } of statuses.filter((s) => s.status.episode !== undefined && inSeason1(s.status))) {
      expect(status.episode, owner).toBeGreaterThanOrEqual(node(owner).firstEpisode ?? 1);
    }
  });
});

describe('status timelines', () => {
  it('lets only Cheong-san come back after a death, with the announced return documented', () => {
    const afterDeath = characters.flatMap((c) => {
      const died = c.status.findIndex((s) => s.state === 'dead');
      return died < 0 ? [] : c.status.slice(died + 1).map((s) => ({ id: c.id, returnNote: s.returnNote }));
    });
    expect(afterDeath.map((a) => a.id)).toEqual(['cheong-san']);
    expect(afterDeath[0]?.returnNote).toMatch(/Yoon Chan-young/);
  });

  it('shows Gwi-nam alive, a half-zombie from episode 5, and his death in the blast as inferred', () => {
    const gwiNam = node('gwi-nam') as Character;
    expect(gwiNam.status.map((s) => [s.state, s.episode, s.certainty])).toEqual([
      ['alive', 1, 'on-screen'],
      ['half-zombie', 5, 'on-screen'],
      ['dead', 11, 'inferred'],
    ]);
  });

  it("encodes Cheong-san's death as inferred, with its reason, and so the strike that kills him", () => {
    const cheongSan = node('cheong-san') as Character;
    const death = cheongSan.status.find((s) => s.state === 'dead');
    expect(death).toMatchObject({ certainty: 'inferred', episode: 11 });
    expect(death?.reason).toMatch(/implied/);
    expect(link('seon-mu--killed--cheong-san').certainty).toBe('inferred');
    expect(link('seon-mu--killed--gwi-nam').certainty).toBe('inferred');
  });

  it('names Park Hee-su, played by Lee Chae-eun, who turns after giving birth', () => {
    const heeSu = node('hee-su') as Character;
    expect(heeSu.label).toBe('Park Hee-su');
    expect(actorsOf('hee-su').map((l) => node(l.source).label)).toEqual(['Lee Chae-eun']);
    expect(heeSu.status.map((s) => s.state)).toEqual(['alive', 'zombie']);
  });
});

describe('people', () => {
  it('gives every character an actor, except those no source names one for', () => {
    const withoutActor = characters.filter((c) => actorsOf(c.id).length === 0).map((c) => c.id);
    expect(withoutActor.sort()).toEqual(['cheong-san-mother', 'jin-su-mother', 'nurse']);
    expect(actorsOf('i-sak').map((l) => node(l.source).label)).toEqual(['Kim Joo-ah']);
    expect(actorsOf('joon-yeong').map((l) => node(l.source).label)).toEqual(['Ahn Seung-gyun']);
    expect(actorsOf('hyeon-ju').map((l) => node(l.source).label)).toEqual(['Jung Yi-seo']);
    expect(actorsOf('son-myung').map((l) => node(l.source).label)).toEqual(['Oh Hee-joon']);
    expect(actorsOf('eun-hee').map((l) => node(l.source).label)).toEqual(['Bae Hae-sun']);
    expect(actorsOf('min-jae').map((l) => node(l.source).label)).toEqual(['Jin Ho-eun']);
    expect(actorsOf('joon-seong').map((l) => node(l.source).label)).toEqual(['Yang Han-yeol']);
    expect(actorsOf('cheol-su').map((l) => node(l.source).label)).toEqual(['Ahn Ji-ho']);
  });

  it('gives every character a group with its Korean name, a Korean role and a spoiler-free role', () => {
    for (const c of characters) {
      expect(c.group, c.id).toBeTruthy();
      expect(hasHangul(c.groupKo), c.id).toBe(true);
      expect(hasHangul(c.roleKo), c.id).toBe(true);
      expect(c.role, c.id).not.toMatch(/\b(dies|died|killed|turns|zombie|bitten|half-zombie)\b/i);
    }
  });

  it('gives a Hangul name to every character, actor and place with a sourced one, and lists the rest', () => {
    const without = graph.nodes.filter((n) => n.kind !== 'season' && !hasHangul(n.labelKo)).map((n) => n.id);
    expect(without.sort()).toEqual(
      [
        // characters: no stored page prints Jin Seon-mu in Hangul; Joon-yeong's surname differs between
        // pages (유준영 in Dispatch, 오준영 on Namuwiki), so only his given name 준영 is kept, as an alias
        'joon-yeong',
        'seon-mu',
        // actors whose Hangul name no stored page prints
        'kim-bo-yoon',
        'kim-jong-tae',
        'lee-sang-hee',
        'um-hyo-sup',
        // a proper place name no source prints in Hangul
        'yangdong',
      ].sort(),
    );
    expect(node('na-yeon').labelKo).toBe('이나연');
    expect(node('i-sak')).toMatchObject({ label: 'Yoon I-sak', labelKo: '윤이삭' });
    expect(node('son-myung')).toMatchObject({ label: 'Son Myung-hwan', labelKo: '손명환' });
    expect(node('so-ju').labelKo).toBe('남소주');
    for (const s of graph.seasons) expect(s.labelKo).toBe(`시즌 ${s.number}`);
  });

  it('finds characters by Hangul names, given names and nicknames in both scripts', () => {
    const index = buildSearchIndex(graph);
    const all = new Set(graph.nodes.map((n) => n.id));
    const first = (q: string) => index.search(q, all)[0]?.id;
    expect(first('남온조')).toBe('on-jo');
    expect(first('나연')).toBe('na-yeon');
    expect(first('관제탑')).toBe('nam-ra');
    expect(first('control tower')).toBe('nam-ra');
    expect(first('Jeong Min-jae')).toBe('min-jae');
    expect(first('남소주')).toBe('so-ju');
    expect(first('윤이삭')).toBe('i-sak');
    expect(first('Son Myung')).toBe('son-myung');
  });
});

describe('captions and sentences', () => {
  it('gives every description a Korean text beside the English one', () => {
    const described = graph.nodes.filter((n) => n.description);
    expect(described.filter((n) => !hasHangul(n.descriptionKo)).map((n) => n.id)).toEqual([]);
    expect(node('ju-ran').descriptionKo).toBe('성 "소"는 한 출처에만 나온다.');
  });

  it('gives every note and reason a Korean text beside the English one', () => {
    const facts = [...graph.links, ...statuses.map((s) => s.status)];
    const english = facts.flatMap((f) => [f.note, f.reason]).filter(Boolean);
    const korean = facts.flatMap((f) => [f.note && f.noteKo, f.reason && f.reasonKo]).filter(hasHangul);
    expect(english.length).toBe(51);
    expect(korean.length).toBe(english.length);
    expect(link('cheong-san--crush--on-jo').noteKo).toBe('8화 옥상에서 고백하고, 11화에서 작별의 입맞춤을 한다');
  });

  it('gives every story link an English and a Korean caption and sentence', () => {
    for (const l of storyLinks) {
      expect(l.label, l.id).toBeTruthy();
      expect(hasHangul(l.labelKo), l.id).toBe(true);
      expect(l.sentence?.en, l.id).toContain('{source');
      expect(hasHangul(l.sentence?.ko), l.id).toBe(true);
    }
  });

  it('does not tell at episode 8 that Dae-su confesses to Ha-ri; the confession is its own fact in episode 10', () => {
    const likes = link('dae-su--crush--ha-ri');
    expect(likes.episode).toBe(8);
    expect([likes.label, likes.labelKo, likes.sentence?.en, likes.sentence?.ko].join(' ')).not.toMatch(/confess|고백/i);
    expect(link('dae-su--confesses-to--ha-ri').episode).toBe(10);
  });

  it('dates the romances to the episodes where they happen and On-jo\u2019s father to episode 1', () => {
    expect(link('on-jo--romance--cheong-san')).toMatchObject({ episode: 11, certainty: 'inferred' });
    expect(link('su-hyeok--romance--nam-ra').episode).toBe(7);
    expect(link('so-ju--family--on-jo').episode).toBe(1);
    expect(link('cheong-san--crush--on-jo').episode).toBe(8);
    // Its second caption tells the end of the season; the app shows it only once the season is watched.
    expect(link('cheong-san--crush--on-jo').labelReverse).toBe('her answer is never given');
  });

  it('says only what is certain about Jin-su on the roof', () => {
    const beat = link('gwi-nam--bullied--jin-su');
    expect(beat.label).toBe('beats on the roof');
    expect(beat.sentence?.en).toBe('{source} beats {target} on the roof before his fall');
  });

  it('states the archery group from episode 4', () => {
    for (const t of ['mi-jin', 'min-jae', 'joon-seong']) {
      expect(link(`ha-ri--friendship--${t}`)).toMatchObject({ episode: 4, certainty: 'on-screen' });
    }
  });
});
