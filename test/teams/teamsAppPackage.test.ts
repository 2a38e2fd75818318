import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  packageTeamsApp,
  renderTeamsManifest,
  teamsManifestFolder,
  teamsPackageEnvironmentSchema,
  teamsSchemaProblems,
} from '../../src/teams/teamsAppPackage.js';

const ids = {
  MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
  TEAMS_APP_ID: '66666666-7777-8888-9999-000000000000',
  BOT_DOMAIN: 'bot.contoso.com',
};

/** Width, height, colour type and the alpha of the top-left pixel of an RGBA PNG. */
function pngFacts(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const idat: Uint8Array[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = view.getUint32(offset);
    const type = new TextDecoder().decode(png.slice(offset + 4, offset + 8));
    if (type === 'IDAT') idat.push(png.slice(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const pixels = unzlibSync(new Uint8Array(Buffer.concat(idat)));
  // The first pixel has no left or upper neighbour, so every PNG filter leaves it as stored.
  return {
    width: view.getUint32(16),
    height: view.getUint32(20),
    colourType: png[25],
    topLeftAlpha: pixels[4],
  };
}

describe('the Teams app package', () => {
  it('zips the manifest with the ids filled in, the Spanish strings and both icons', async () => {
    const zipPath = await packageTeamsApp(ids, await mkdtemp(join(tmpdir(), 'teams-package-')));
    const files = unzipSync(new Uint8Array(await readFile(zipPath)));
    expect(Object.keys(files).sort()).toEqual([
      'color.png',
      'es-es.json',
      'manifest.json',
      'outline.png',
    ]);

    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.id).toBe(ids.TEAMS_APP_ID);
    expect(manifest.validDomains).toEqual(['bot.contoso.com']);
    expect(manifest.bots[0]).toMatchObject({
      botId: ids.MicrosoftAppId,
      scopes: ['personal', 'team', 'groupChat'],
    });
    expect(
      manifest.bots[0].commandLists[0].commands.map((command: { title: string }) => command.title),
    ).toEqual(['new case', 'escalate', 'help', 'cancel']);
    expect(manifest.composeExtensions[0]).toMatchObject({
      botId: ids.MicrosoftAppId,
      commands: [{ id: 'createCase', type: 'action', context: ['message'], fetchTask: true }],
    });
    expect(manifest.localizationInfo.additionalLanguages).toEqual([
      { languageTag: 'es-es', file: 'es-es.json' },
    ]);
    expect(await teamsSchemaProblems(new TextDecoder().decode(files['manifest.json']))).toEqual([]);
    expect(await teamsSchemaProblems(new TextDecoder().decode(files['es-es.json']))).toEqual([]);

    expect(pngFacts(files['color.png'] as Uint8Array)).toMatchObject({ width: 192, height: 192 });
    expect(pngFacts(files['outline.png'] as Uint8Array)).toEqual({
      width: 32,
      height: 32,
      colourType: 6,
      topLeftAlpha: 0,
    });
  });

  it('reports what breaks the official schema', async () => {
    const manifest = JSON.parse(
      renderTeamsManifest(await readFile(join(teamsManifestFolder, 'manifest.json'), 'utf8'), ids),
    );
    const { icons: _icons, ...withoutIcons } = manifest;
    const problems = await teamsSchemaProblems(
      JSON.stringify({ ...withoutIcons, accentColor: 'purple' }),
    );
    expect(problems.join('\n')).toMatch(/icons/);
    expect(problems.join('\n')).toMatch(/accentColor/);
  });

  it('refuses ids that are not GUIDs and a domain given as a URL', () => {
    const parsed = teamsPackageEnvironmentSchema.safeParse({
      ...ids,
      TEAMS_APP_ID: 'my-app',
      BOT_DOMAIN: 'https://bot.contoso.com',
    });
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path[0])).toEqual([
      'TEAMS_APP_ID',
      'BOT_DOMAIN',
    ]);
  });

  it('refuses to leave a placeholder unfilled', () => {
    expect(() => renderTeamsManifest('{"id": "{{SOMETHING_ELSE}}"}', ids)).toThrow(
      '{{SOMETHING_ELSE}}',
    );
  });
});
