import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** One Dockerfile instruction, its continuation lines joined. */
interface Instruction {
  keyword: string;
  args: string;
}

/** A build stage: its name (if any), what it starts from, and its instructions. */
interface Stage {
  name?: string;
  from: string;
  instructions: Instruction[];
}

function dockerfileStages(text: string): Stage[] {
  const lines = text.replace(/\\\n/g, ' ').split('\n');
  const instructions = lines
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const [from = '', as, name] = instruction.args.split(/\s+/);
      stages.push({ from, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

/** A COPY's options (`--from=build`), sources and destination. */
function copyParts(args: string) {
  const words = args.split(/\s+/);
  const options = words.filter((word) => word.startsWith('--'));
  const paths = words.filter((word) => !word.startsWith('--'));
  const from = options.find((option) => option.startsWith('--from='))?.slice('--from='.length);
  return { from, sources: paths.slice(0, -1), destination: paths.at(-1) ?? '' };
}

/** Whether .dockerignore sends a path to the builder: the last pattern that matches wins. */
function sentToBuilder(path: string, dockerignore: string): boolean {
  const rules = dockerignore
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const glob = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/.*)?$`);
  let sent = true;
  for (const rule of rules) {
    const excluding = !rule.startsWith('!');
    if (glob(excluding ? rule : rule.slice(1)).test(path.replace(/^\.\//, ''))) sent = !excluding;
  }
  return sent;
}

const dockerfile = readFileSync('Dockerfile', 'utf8');
const dockerignore = readFileSync('.dockerignore', 'utf8');
const stages = dockerfileStages(dockerfile);
const runtime = stages.at(-1) as Stage;
const named = (name: string | undefined) => stages.find((stage) => stage.name === name);
const runs = (stage: Stage | undefined) =>
  (stage?.instructions ?? []).filter((i) => i.keyword === 'RUN').map((i) => i.args);
/** A stage's RUN lines with those of the stages it is built on. */
const runsWithBase = (stage: Stage | undefined): string[] =>
  stage ? [...runsWithBase(named(stage.from)), ...runs(stage)] : [];
const copies = (stage: Stage) =>
  stage.instructions.filter((i) => i.keyword === 'COPY').map((i) => copyParts(i.args));

describe('the Dockerfile', () => {
  it('is multi-stage on Node 20, each COPY --from naming an earlier stage', () => {
    expect(stages.length).toBeGreaterThan(1);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-slim$/m);
    stages.forEach((stage, index) => {
      for (const { from } of copies(stage).filter((copy) => copy.from !== undefined)) {
        const source = stages.findIndex((candidate) => candidate.name === from);
        expect(source, `COPY --from=${from}`).toBeGreaterThanOrEqual(0);
        expect(source).toBeLessThan(index);
      }
    });
  });

  it('copies from the build context only files that exist and .dockerignore sends', () => {
    const sources = stages.flatMap((stage) =>
      copies(stage)
        .filter((copy) => copy.from === undefined)
        .flatMap((copy) => copy.sources),
    );
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(existsSync(source), source).toBe(true);
      expect(sentToBuilder(source, dockerignore), source).toBe(true);
    }
  });

  it('keeps secrets and local installs out of the build context', () => {
    for (const path of ['.env', 'node_modules', 'dist', 'data', '.git', 'test']) {
      expect(sentToBuilder(path, dockerignore), path).toBe(false);
    }
  });

  it('runs dist/main.js, compiled by npm run build, with a production install', () => {
    const cmd = runtime.instructions.findLast((i) => i.keyword === 'CMD');
    const command = JSON.parse(cmd?.args ?? '[]') as string[];
    expect(command[0]).toBe('node');
    expect(command.at(-1)).toBe('dist/main.js');

    const runtimeCopies = copies(runtime);
    const dist = runtimeCopies.find((copy) => copy.sources.includes('/app/dist'));
    expect(runsWithBase(named(dist?.from))).toContain('npm run build');
    const modules = runtimeCopies.find((copy) => copy.sources.includes('/app/node_modules'));
    expect(runsWithBase(named(modules?.from))).toContainEqual(
      expect.stringMatching(/^npm ci --omit=dev\b/),
    );
    // dist/ is ES modules: node needs package.json's "type": "module" beside it.
    expect(runtimeCopies).toContainEqual(expect.objectContaining({ sources: ['package.json'] }));
    expect(runs(runtime).join('\n')).not.toMatch(/npm (ci|install)|apt-get/);
  });

  it('runs as a user that is not root, with the SQLite file on the /data volume', () => {
    const user = runtime.instructions.findLast((i) => i.keyword === 'USER')?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    const env = runtime.instructions
      .filter((i) => i.keyword === 'ENV')
      .map((i) => i.args)
      .join(' ');
    expect(env).toMatch(/\bSQLITE_PATH=\/data\/[^\s/]+\.sqlite\b/);
    expect(runtime.instructions).toContainEqual({ keyword: 'VOLUME', args: '/data' });
    // The volume's folder must be the runtime user's, or SQLite cannot write there.
    expect(runs(runtime).join('\n')).toMatch(new RegExp(`chown ${user}:${user} /data`));
  });

  it('puts the default, relative SQLite path on the volume too, as an --env-file may set it', () => {
    const workdir = runtime.instructions.findLast((i) => i.keyword === 'WORKDIR')?.args;
    expect(runs(runtime).join('\n')).toContain(`ln -s /data ${workdir}/data`);
  });
});
