import { resolve } from 'node:path';
import { loadDotEnvFile } from '../config/dotEnvFile.js';
import { packageTeamsApp, teamsPackageEnvironmentSchema } from '../teams/teamsAppPackage.js';

/**
 * `npm run package:teams`: writes build/teams/case-intake-bot.zip from manifests/teams, with the
 * ids from the environment (MicrosoftAppId, TEAMS_APP_ID, BOT_DOMAIN), or from `.env` as the bot
 * reads it. What it prints is the tool's output, not logging: problems on stderr, one line each,
 * and the zip's path on stdout.
 */
loadDotEnvFile();
const ids = teamsPackageEnvironmentSchema.safeParse(process.env);
if (!ids.success) {
  process.stderr.write('Cannot package the Teams app:\n');
  for (const issue of ids.error.issues)
    process.stderr.write(`  - ${issue.path.join('.')}: ${issue.message}\n`);
  process.exitCode = 1;
} else {
  await packageTeamsApp(ids.data, resolve('build', 'teams')).then(
    (zip) =>
      process.stdout.write(
        `Teams app package written to ${zip}; upload it in Teams (Apps → Manage your apps → Upload an app).\n`,
      ),
    (error: unknown) => {
      process.stderr.write(`Cannot package the Teams app: ${(error as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
