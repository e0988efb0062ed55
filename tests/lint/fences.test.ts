import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import LAYERS from '../../eslint.layers.json';

type Folder = keyof typeof LAYERS;
const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = Object.keys(LAYERS) as Folder[];
/** A module to import from each folder (any real file will do: the fence is on the folder). */
const SAMPLE: Record<Folder, string> = {
  domain: 'domain/parseGraph',
  contracts: 'contracts/graphApi',
  theme: 'theme/palette',
  i18n: 'i18n/strings',
  hooks: 'hooks/usePrefersDark',
  io: 'io/openGraph',
  data: 'data/graphQuery',
  state: 'state/explorerState',
  cytoscape: 'cytoscape/toElements',
  components: 'components/Toolbar',
};

const FORBIDDEN: [Folder, Folder][] = FOLDERS.flatMap((from) =>
  FOLDERS.filter((to) => to !== from && !(LAYERS[from] as readonly string[]).includes(to)).map(
    (to): [Folder, Folder] => [from, to],
  ),
);

/** Throwaway files, each with one import a rule forbids (or, for the control, allows). */
const PROBES: Record<string, string> = {
  ...Object.fromEntries(
    FORBIDDEN.map(([from, to]) => [`src/${from}/probe_${to}.ts`, `export * as probe from '../${SAMPLE[to]}';\n`]),
  ),
  ...Object.fromEntries(FOLDERS.map((from) => [`src/${from}/probe_root.ts`, `export * as probe from '../App';\n`])),
  'src/state/probe_allowed.ts': `export * as probe from '../domain/parseGraph';\n`,
  'src/state/probe_cytoscape_package.ts': `export { default } from 'cytoscape';\n`,
  'src/domain/probe_cycleA.ts': `import { b } from './probe_cycleB';\nexport const a = () => b;\n`,
  'src/domain/probe_cycleB.ts': `import { a } from './probe_cycleA';\nexport const b = () => a;\n`,
};

let dir = '';
const rulesByFile = new Map<string, string[]>();

// Lints the probes in a copy of the repo's lint config and src/, so the real tree is never touched.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fences-'));
  for (const file of ['eslint.config.js', 'eslint.layers.json', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, file), join(dir, file));
  }
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [path, source] of Object.entries(PROBES)) writeFileSync(join(dir, path), source);
  const results = await new ESLint({ cwd: dir }).lintFiles(Object.keys(PROBES));
  for (const r of results)
    rulesByFile.set(
      relative(dir, r.filePath),
      r.messages.map((m) => m.ruleId ?? m.message),
    );
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('folder fences', () => {
  it('lists every folder of src/ in eslint.layers.json', () => {
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...FOLDERS].sort());
  });

  it('forbids every folder something', () => {
    expect(new Set(FORBIDDEN.map(([from]) => from))).toEqual(new Set(FOLDERS));
  });

  it.each(FORBIDDEN)('fails lint when src/%s/ imports src/%s/', (from, to) => {
    expect(rulesByFile.get(`src/${from}/probe_${to}.ts`)).toContain('import-x/no-restricted-paths');
  });

  it.each(FOLDERS)('fails lint when src/%s/ imports the composition root (App.tsx)', (from) => {
    expect(rulesByFile.get(`src/${from}/probe_root.ts`)).toContain('import-x/no-restricted-paths');
  });

  it('passes an import the table allows', () => {
    expect(rulesByFile.get('src/state/probe_allowed.ts')).toEqual([]);
  });

  it('fails lint on an import cycle', () => {
    expect(rulesByFile.get('src/domain/probe_cycleA.ts')).toContain('import-x/no-cycle');
    expect(rulesByFile.get('src/domain/probe_cycleB.ts')).toContain('import-x/no-cycle');
  });

  it('fails lint when anything outside src/cytoscape/ imports cytoscape', () => {
    expect(rulesByFile.get('src/state/probe_cytoscape_package.ts')).toContain('no-restricted-imports');
  });
});
