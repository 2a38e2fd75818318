import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runNodeScript } from '../support/nodeScript.js';
import { nonEmptyLines } from '../support/outputLines.js';

const botId = '11111111-2222-3333-4444-555555555555';
const teamsAppId = '66666666-7777-8888-9999-000000000000';

/** Runs `node dist/cli/packageTeamsApp.js` as `npm run package:teams` does, from `folder`. */
function packageTeams(folder: string, env: Record<string, string> = {}) {
  return runNodeScript(resolve('dist/cli/packageTeamsApp.js'), [], { cwd: folder, env });
}

function folderWithDotEnv(dotEnv: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'package-teams-'));
  writeFileSync(join(folder, '.env'), dotEnv);
  return folder;
}

describe('npm run package:teams', () => {
  it('reads the ids from .env in the folder it runs in, the environment winning', async () => {
    const folder = folderWithDotEnv(
      `MicrosoftAppId=${botId}\nTEAMS_APP_ID=${teamsAppId}\nBOT_DOMAIN=from-dotenv.example\n`,
    );

    const run = await packageTeams(folder, { BOT_DOMAIN: 'bot.contoso.com' });

    expect(run.code).toBe(0);
    const zip = join(folder, 'build', 'teams', 'case-intake-bot.zip');
    expect(nonEmptyLines(run.stdout)).toEqual([expect.stringContaining(zip)]);
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest.id).toBe(teamsAppId);
    expect(manifest.bots[0].botId).toBe(botId);
    expect(manifest.validDomains).toEqual(['bot.contoso.com']);
  });

  it('names what .env and the environment leave missing, one line each, and exits 1', async () => {
    const folder = folderWithDotEnv(`MicrosoftAppId=${botId}\n`);

    const run = await packageTeams(folder);

    expect(run.code).toBe(1);
    expect(nonEmptyLines(run.stderr)).toEqual([
      'Cannot package the Teams app:',
      expect.stringMatching(/^ {2}- TEAMS_APP_ID: /),
      expect.stringMatching(/^ {2}- BOT_DOMAIN: /),
    ]);
  });
});
