import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { environmentVariableNames } from '../../src/config/environmentSchema.js';
import { teamsPackageEnvironmentSchema } from '../../src/teams/teamsAppPackage.js';

/** Every variable the bot or `npm run package:teams` reads. */
const readVariables = [
  ...new Set([...environmentVariableNames, ...Object.keys(teamsPackageEnvironmentSchema.shape)]),
].sort();

/** The variables named in the first column of the README's configuration table. */
function readmeTableVariables(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'));
  const table = section.slice(0, section.indexOf('\n## ')).split('\n');
  const rows = table.filter((line) => line.startsWith('| `'));
  const names = rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`(\w+)`/g)]);
  return [...new Set(names.map((match) => match[1] as string))].sort();
}

describe('the documentation of the configuration', () => {
  it("lists every variable the schemas read, and no other, in the README's table", () => {
    expect(readmeTableVariables()).toEqual(readVariables);
  });

  it('has every variable the schemas read, and no other, in .env.example', () => {
    const example = parseEnv(readFileSync('.env.example', 'utf8'));
    expect(Object.keys(example).sort()).toEqual(readVariables);
  });
});
