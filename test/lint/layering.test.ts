// HOUSE_STYLE's layering table, enforced by eslint.config.js: prove each zone actually refuses.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { join } from 'node:path';

const eslint = new ESLint({ cwd: join(__dirname, '..', '..') });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [res] = await eslint.lintText(code, { filePath });
  return res.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering lint', () => {
  it('shared/ imports no Node, DOM libraries, electron, db or renderer', async () => {
    expect(
      await restricted(
        'shared/x.ts',
        "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n",
      ),
    ).not.toEqual([]);
    expect(
      await restricted('shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).not.toEqual([]);
    expect(
      await restricted('shared/x.ts', "import { openDb } from '../db/open';\nexport const a = openDb;\n"),
    ).not.toEqual([]);
    expect(
      await restricted(
        'shared/x.ts',
        "import { z } from 'zod';\nimport type { Comment } from './model';\nexport const a = z;\nexport type C = Comment;\n",
      ),
    ).toEqual([]);
  });

  it('only electron/main.ts and electron/preload.ts import electron', async () => {
    expect(
      await restricted('electron/services/x.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).not.toEqual([]);
    expect(
      await restricted('electron/main.ts', "import { app } from 'electron';\nexport const a = app;\n"),
    ).toEqual([]);
    expect(
      await restricted(
        'electron/preload.ts',
        "import { contextBridge } from 'electron';\nexport const a = contextBridge;\n",
      ),
    ).toEqual([]);
  });

  it('renderer/ reaches the main side only through the contract', async () => {
    expect(
      await restricted(
        'renderer/x.ts',
        "import { startDesk } from '../electron/services/desk';\nexport const a = startDesk;\n",
      ),
    ).not.toEqual([]);
    expect(
      await restricted(
        'renderer/x.ts',
        "import Database from 'better-sqlite3';\nexport const a = Database;\n",
      ),
    ).not.toEqual([]);
    expect(
      await restricted('renderer/x.ts', "import { join } from 'node:path';\nexport const a = join;\n"),
    ).not.toEqual([]);
    expect(
      await restricted(
        'renderer/x.ts',
        "import type { Question } from '../shared/api';\nexport type Q = Question;\n",
      ),
    ).toEqual([]);
  });

  it('db/ does not reach into electron/ or renderer/', async () => {
    expect(
      await restricted(
        'db/x.ts',
        "import { DeskEngine } from '../electron/services/engine';\nexport const a = DeskEngine;\n",
      ),
    ).not.toEqual([]);
  });
});
