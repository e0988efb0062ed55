import { expect, type Page, test } from './fixtures';
import { loadShippedGraph } from './helpers';

/**
 * The cards a viewer reads part-way through season 1, word for word, in English and Korean: each says
 * the state known at the cursor and the links seen so far, and nothing of what comes later.
 */
const graph = loadShippedGraph();
const open = async (page: Page, path: string) => {
  await page.goto(path);
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, graph.nodes.length);
};

interface Expected {
  id: string;
  status: string;
  role: string;
  links: string;
  says: string;
}

const CARDS: Record<'s1e3' | 's1e5', Record<'en' | 'ko', Expected[]>> = {
  s1e3: {
    en: [
      {
        id: 'cheong-san',
        status: 'alive as of episode 3',
        role: "Class 2-5 student; On-jo's neighbour and a fast runner",
        links: '8 links shown',
        says: 'Lee Su-hyeok pulls Lee Cheong-san in from the fire hose',
      },
      {
        id: 'nam-ra',
        status: 'alive as of episode 3',
        role: 'Class 2-5 president and top student, aloof; nicknamed "control tower"',
        links: '3 links shown',
        says: 'Nam On-jo and Choi Nam-ra are in class 2-5',
      },
      {
        id: 'gwi-nam',
        status: 'alive as of episode 3',
        role: "Bully and lackey of the school's delinquent gang",
        links: '3 links shown',
        says: 'Yoon Gwi-nam forces Kim Cheol-su to film the bullying',
      },
      {
        id: 'byeong-chan',
        status: 'alive as of episode 3',
        role: 'Science teacher and former pharmaceutical researcher',
        links: '4 links shown',
        says: 'Lee Byeong-chan injects Lee Jin-su with his virus',
      },
      {
        id: 'so-ju',
        status: 'alive as of episode 3',
        role: "On-jo's father, a firefighter-paramedic who raises her alone",
        links: '1 link shown',
        says: "Nam So-ju is Nam On-jo's father",
      },
    ],
    ko: [
      {
        id: 'cheong-san',
        status: '3화 기준 생존',
        role: '2학년 5반 학생. 온조의 이웃이며 발이 빠르다',
        links: '연결 8개 표시',
        says: '이수혁은 소방 호스에 매달린 이청산을 구한다',
      },
      {
        id: 'nam-ra',
        status: '3화 기준 생존',
        role: '2학년 5반 반장이자 전교 1등. 냉정해서 "관제탑"이라 불린다',
        links: '연결 3개 표시',
        says: '남온조와 최남라는 2학년 5반 친구다',
      },
      {
        id: 'gwi-nam',
        status: '3화 기준 생존',
        role: '학교 일진 패거리의 행동대장',
        links: '연결 3개 표시',
        says: '윤귀남은 추락 전 옥상에서 이진수를 때린다',
      },
      {
        id: 'byeong-chan',
        status: '3화 기준 생존',
        role: '제약 연구원 출신 과학 교사',
        links: '연결 4개 표시',
        says: '이병찬은 이진수에게 바이러스를 주입한다',
      },
      {
        id: 'so-ju',
        status: '3화 기준 생존',
        role: '홀로 온조를 키우는 소방 구급대원 아버지',
        links: '연결 1개 표시',
        says: '남소주는 남온조의 아버지다',
      },
    ],
  },
  s1e5: {
    en: [
      {
        id: 'cheong-san',
        status: 'alive as of episode 5',
        role: "Class 2-5 student; On-jo's neighbour and a fast runner",
        links: '12 links shown',
        says: 'Lee Cheong-san stabs Yoon Gwi-nam in the eye',
      },
      {
        id: 'nam-ra',
        status: 'alive as of episode 5',
        role: 'Class 2-5 president and top student, aloof; nicknamed "control tower"',
        links: '3 links shown',
        says: 'Choi Nam-ra and Lee Cheong-san are in class 2-5',
      },
      {
        id: 'gwi-nam',
        status: 'half-zombie as of episode 5',
        role: "Bully and lackey of the school's delinquent gang",
        links: '6 links shown',
        says: 'Yoon Gwi-nam hunts Lee Cheong-san, who filmed him',
      },
      {
        id: 'byeong-chan',
        status: 'infected as of episode 5',
        role: 'Science teacher and former pharmaceutical researcher',
        links: '5 links shown',
        says: 'Lee Byeong-chan sacrifices himself for Song Jae-ik',
      },
      {
        id: 'so-ju',
        status: 'alive as of episode 5',
        role: "On-jo's father, a firefighter-paramedic who raises her alone",
        links: '3 links shown',
        says: 'Nam So-ju crosses the quarantined city to reach Nam On-jo',
      },
    ],
    ko: [
      {
        id: 'cheong-san',
        status: '5화 기준 생존',
        role: '2학년 5반 학생. 온조의 이웃이며 발이 빠르다',
        links: '연결 12개 표시',
        says: '이청산은 윤귀남의 눈을 찌른다',
      },
      {
        id: 'nam-ra',
        status: '5화 기준 생존',
        role: '2학년 5반 반장이자 전교 1등. 냉정해서 "관제탑"이라 불린다',
        links: '연결 3개 표시',
        says: '최남라와 이청산은 2학년 5반 친구다',
      },
      {
        id: 'gwi-nam',
        status: '5화 기준 절비(반좀비)',
        role: '학교 일진 패거리의 행동대장',
        links: '연결 6개 표시',
        says: '윤귀남은 자신을 찍은 이청산을 노린다',
      },
      {
        id: 'byeong-chan',
        status: '5화 기준 감염',
        role: '제약 연구원 출신 과학 교사',
        links: '연결 5개 표시',
        says: '이병찬은 송재익을 위해 희생한다',
      },
      {
        id: 'so-ju',
        status: '5화 기준 생존',
        role: '홀로 온조를 키우는 소방 구급대원 아버지',
        links: '연결 3개 표시',
        says: '남소주는 남온조를 찾아 봉쇄된 도시를 가로지른다',
      },
    ],
  },
};

for (const upto of ['s1e3', 's1e5'] as const) {
  for (const lang of ['en', 'ko'] as const) {
    test(`cards at ${upto} in ${lang === 'en' ? 'English' : 'Korean'}: state as of the cursor, links seen so far`, async ({
      page,
    }) => {
      test.slow(); // one page load, five cards
      await open(page, `/?upto=${upto}&lang=${lang}`);
      for (const expected of CARDS[upto][lang]) {
        const node = graph.nodeById.get(expected.id)!;
        // Chosen as a reader would, by searching the name.
        await page.getByRole('combobox', { name: lang === 'en' ? 'Search names' : '이름 검색' }).fill(node.label);
        await page
          .getByRole('option', { name: new RegExp(`^${node.label}`) })
          .first()
          .click();
        const card = page.getByRole('article', { name: new RegExp(node.label) });
        // The row names the season once: "시즌 1 5화 기준 생존", never "시즌 1 1시즌 5화 …".
        await expect(card.locator('.status-strip li').first()).toContainText(
          `${lang === 'en' ? 'S1' : '시즌 1'} ${expected.status}`,
        );
        await expect(card).toContainText(expected.role);
        await expect(card.getByRole('heading', { level: 3, name: expected.links })).toBeVisible();
        await expect(card.locator('.link-list')).toContainText(expected.says);
        // Nothing of a death, and no description (it tells the whole season).
        await expect(card).not.toContainText(lang === 'en' ? /\bdead\b|\bdies\b/ : /사망/);
        if (node.description)
          await expect(card).not.toContainText(
            lang === 'en' ? node.description : (node.descriptionKo ?? node.description),
          );
      }
    });
  }
}

test('at S1E5 Choi Nam-ra and Yoon Gwi-nam are connected, through Lee Cheong-san, in both languages', async ({
  page,
}) => {
  await open(page, '/?upto=s1e5&from=nam-ra&to=gwi-nam');
  const shortest = page.locator('.path-steps').first();
  await expect(shortest.locator('li')).toHaveText([
    'Choi Nam-ra and Lee Cheong-san are in class 2-5.',
    'Yoon Gwi-nam hunts Lee Cheong-san, who filmed him.',
  ]);
  await expect(page.getByText('No connection through the visible links of the chosen kinds.')).toHaveCount(0);
  await open(page, '/?upto=s1e5&from=nam-ra&to=gwi-nam&lang=ko');
  await expect(page.locator('.path-steps').first().locator('li')).toHaveText([
    '최남라와 이청산은 2학년 5반 친구다.',
    '윤귀남은 자신을 찍은 이청산을 노린다.',
  ]);
});
