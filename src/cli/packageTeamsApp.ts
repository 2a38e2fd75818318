import { resolve } from 'node:path';
import { packageTeamsApp, teamsPackageEnvironmentSchema } from '../teams/teamsAppPackage.js';

/**
 * `npm run package:teams`: writes build/teams/case-intake-bot.zip from manifests/teams, with the
 * ids from the environment (MicrosoftAppId, TEAMS_APP_ID, BOT_DOMAIN).
 */
const ids = teamsPackageEnvironmentSchema.safeParse(process.env);
if (!ids.success) {
  console.error('Cannot package the Teams app:');
  for (const issue of ids.error.issues)
    console.error(`  - ${issue.path.join('.')}: ${issue.message}`);
  process.exitCode = 1;
} else {
  const zip = await packageTeamsApp(ids.data, resolve('build', 'teams'));
  console.log(
    `Teams app package written to ${zip}; upload it in Teams (Apps → Manage your apps → Upload an app).`,
  );
}
