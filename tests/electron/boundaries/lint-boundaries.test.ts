import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The runtime boundaries of ARCHITECTURE.md are lint rules; this proves they fire.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('runtime boundaries', () => {
  it('keeps shared/ pure: no Node, no Electron, no React, no DOM globals', async () => {
    expect(await problems('shared/example.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n")).toEqual([
      expect.stringContaining('no-restricted-imports'),
    ]);
    expect(await problems('shared/example.ts', "import { join } from 'path';\nexport const x = join;\n")).toEqual([
      expect.stringContaining('no-restricted-imports'),
    ]);
    expect(await problems('shared/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).toHaveLength(1);
    expect(await problems('shared/example.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toHaveLength(1);
    expect(await problems('shared/example.ts', 'export const title = () => document.title;\n')).toEqual([
      expect.stringContaining('no-restricted-globals'),
    ]);
    expect(await problems('shared/example.ts', "import { z } from 'zod';\nexport const schema = z.string();\n")).toEqual([]);
  });

  it('keeps electron/desk free of electron', async () => {
    expect(await problems('electron/desk/example.ts', "import { app } from 'electron';\nexport const x = app;\n")).toEqual([
      expect.stringContaining('no-restricted-imports'),
    ]);
    expect(await problems('electron/desk/example.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n")).toEqual([]);
  });

  it('keeps Node and Electron out of the renderer', async () => {
    expect(await problems('renderer/example.ts', "import { readFile } from 'node:fs/promises';\nexport const x = readFile;\n")).toEqual([
      expect.stringContaining('no-restricted-imports'),
    ]);
    expect(await problems('renderer/example.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).toEqual([
      expect.stringContaining('no-restricted-imports'),
    ]);
    expect(await problems('renderer/example.ts', "import { createDesk } from '../electron/desk/create-desk';\nexport const x = createDesk;\n")).toEqual([
      expect.stringContaining('no-restricted-imports'),
    ]);
  });

  it('forbids any and default exports everywhere', async () => {
    expect(await problems('server/example.ts', 'export const x = (value: any) => value;\n')).toEqual([
      expect.stringContaining('no-explicit-any'),
    ]);
    expect(await problems('server/example.ts', 'export default 1;\n')).toEqual([expect.stringContaining('no-restricted-syntax')]);
  });
});
