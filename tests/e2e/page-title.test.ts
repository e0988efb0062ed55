import { expect, type Page, test } from './fixtures';
import { closeMenu, loadShippedGraph, openMenu } from './helpers';

const graph = loadShippedGraph();
const open = async (page: Page, path: string) => {
  await page.goto(path);
  await page.waitForFunction((n) => window.__cy?.nodes('[kind != "group"]').length === n, graph.nodes.length);
};

test('the tab title follows the interface language and names the selected character', async ({ page }) => {
  await open(page, '/?upto=s1e5&sel=cheong-san');
  await expect(page).toHaveTitle('Lee Cheong-san · All of Us Are Dead — relationship graph');
  await openMenu(page);
  await page.getByLabel('Language').selectOption('ko');
  await expect(page).toHaveTitle('이청산 · 지금 우리 학교는 · 관계도');
  await closeMenu(page);
  await page
    .getByRole('article', { name: /Lee Cheong-san/ })
    .getByRole('button', { name: '닫기' })
    .click();
  await expect(page).toHaveTitle('지금 우리 학교는 · 관계도');
});

test('a Korean link opens with the Korean title, and English comes back with the language', async ({ page }) => {
  await open(page, '/?lang=ko&upto=s1e3');
  await expect(page).toHaveTitle('지금 우리 학교는 · 관계도');
  await open(page, '/?lang=ko&upto=s1e3&sel=nam-ra');
  await expect(page).toHaveTitle('최남라 · 지금 우리 학교는 · 관계도');
  await openMenu(page);
  await page.getByLabel('언어').selectOption('en');
  await expect(page).toHaveTitle('Choi Nam-ra · All of Us Are Dead — relationship graph');
});
