import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { zipSync } from 'fflate';
import { z } from 'zod';

const guid = z.guid({ message: 'must be a GUID such as 00000000-0000-0000-0000-000000000000' });

/** The ids the Teams app package is made with, read from the environment. */
export const teamsPackageEnvironmentSchema = z.object({
  MicrosoftAppId: guid,
  TEAMS_APP_ID: guid,
  BOT_DOMAIN: z
    .string()
    .trim()
    .regex(
      /^(?!https?:\/\/)[a-z0-9.-]+(?::\d+)?$/i,
      'must be a host name such as bot.contoso.com, without https://',
    ),
});

/** Ids for the package: the bot's Microsoft App id, the Teams app's own id, the bot's host. */
export type TeamsPackageIds = z.infer<typeof teamsPackageEnvironmentSchema>;

/** The folder that holds the manifest template, icons and localized strings. */
export const teamsManifestFolder = fileURLToPath(
  new URL('../../manifests/teams/', import.meta.url),
);
const packagedFiles = ['manifest.json', 'es-es.json', 'color.png', 'outline.png'];

/** Fills the manifest template's `{{…}}` placeholders; any left unfilled is an error. */
export function renderTeamsManifest(template: string, ids: TeamsPackageIds): string {
  const rendered = template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) =>
    name in ids ? ids[name as keyof TeamsPackageIds] : placeholder,
  );
  const left = /\{\{\w+\}\}/.exec(rendered);
  if (left) throw new Error(`The Teams manifest has an unknown placeholder: ${left[0]}`);
  return rendered;
}

const schemaHost = 'https://developer.microsoft.com/json-schemas/';

/**
 * Problems with a manifest or localization file, checked offline against the official schema
 * that `@microsoft/app-manifest` ships for its `$schema`. Ajv runs without the Unicode regex
 * flag: the official localization schema has patterns (`\b…]`) that flag rejects.
 */
export async function teamsSchemaProblems(json: string): Promise<string[]> {
  const document = JSON.parse(json) as { $schema?: unknown };
  const schemaUrl = typeof document.$schema === 'string' ? document.$schema : '';
  if (!schemaUrl.startsWith(`${schemaHost}teams/`))
    return [`unknown $schema: ${schemaUrl || '(none)'}`];
  const schemaFile = join(
    dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')),
    'json-schemas',
    schemaUrl.slice(schemaHost.length),
  );
  const schema = JSON.parse(await readFile(schemaFile, 'utf8'));
  const ajv = new AjvDraft04.default({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats.default(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`,
  );
}

/**
 * Builds the installable Teams app package: the rendered manifest, its Spanish strings and icons,
 * each JSON file validated against the official schema first. Returns the zip's path.
 */
export async function packageTeamsApp(ids: TeamsPackageIds, outputFolder: string): Promise<string> {
  const files: Record<string, Uint8Array> = {};
  for (const name of packagedFiles) {
    const content = await readFile(join(teamsManifestFolder, name));
    if (!name.endsWith('.json')) {
      files[name] = content;
      continue;
    }
    const json =
      name === 'manifest.json'
        ? renderTeamsManifest(content.toString('utf8'), ids)
        : content.toString('utf8');
    const problems = await teamsSchemaProblems(json);
    if (problems.length > 0)
      throw new Error(`${name} does not match the Teams schema:\n  ${problems.join('\n  ')}`);
    files[name] = new TextEncoder().encode(json);
  }
  await mkdir(outputFolder, { recursive: true });
  const zipPath = join(outputFolder, 'case-intake-bot.zip');
  await writeFile(zipPath, zipSync(files));
  return zipPath;
}
