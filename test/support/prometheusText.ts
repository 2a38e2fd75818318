/** One sample of a Prometheus text exposition. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const metricName = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const helpLine = new RegExp(`^# HELP (${metricName}) (.+)$`);
const typeLine = new RegExp(`^# TYPE (${metricName}) (counter|gauge|histogram|summary|untyped)$`);
const labelPair = '[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\[\\\\"n])*"';
const sampleLine = new RegExp(
  `^(${metricName})(?:\\{((?:${labelPair})(?:,${labelPair})*)?\\})? ` +
    '(-?[0-9]+(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|[Nn]a[Nn]|[+-]Inf)(?: -?[0-9]+)?$',
);
const suffixes: Record<string, string[]> = {
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
};

/**
 * Parses the Prometheus text format (0.0.4) strictly: every line is a HELP, a TYPE, a sample or
 * empty;
 * every sample belongs to a family declared with HELP and TYPE before it; histogram buckets
 * climb to a `+Inf` bucket equal to the count. Throws on the first line that breaks a rule.
 */
export function parsePrometheusText(text: string): Sample[] {
  if (!text.endsWith('\n')) throw new Error('the exposition must end with a newline');
  const types = new Map<string, string>();
  const helped = new Set<string>();
  const samples: Sample[] = [];
  for (const [index, line] of text.slice(0, -1).split('\n').entries()) {
    const fail = (why: string) => new Error(`line ${index + 1}: ${why}: ${line}`);
    const help = helpLine.exec(line);
    const type = typeLine.exec(line);
    const sample = sampleLine.exec(line);
    if (line === '') continue;
    if (help?.[1]) helped.add(help[1]);
    else if (type?.[1] && type[2]) {
      if (types.has(type[1])) throw fail('a second TYPE');
      types.set(type[1], type[2]);
    } else if (sample?.[1] && sample[3]) {
      const name = sample[1];
      const family = familyOf(name, types);
      if (!family) throw fail('a sample of no declared family');
      if (!helped.has(family)) throw fail('a family without HELP');
      samples.push({ name, labels: labelsOf(sample[2] ?? ''), value: numberOf(sample[3]) });
    } else throw fail('not a HELP, TYPE or sample line');
  }
  checkHistograms(samples, types);
  return samples;
}

/** The value of the one sample with this name and these labels (others may differ). */
export function sampleValue(
  samples: Sample[],
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  const found = samples.filter(
    (sample) =>
      sample.name === name &&
      Object.entries(labels).every(([label, value]) => sample.labels[label] === value),
  );
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match`);
  return found[0]?.value;
}

function familyOf(name: string, types: Map<string, string>): string | undefined {
  if (types.has(name) && !suffixes[types.get(name) ?? '']) return name;
  for (const [family, type] of types) {
    if (suffixes[type]?.some((suffix) => `${family}${suffix}` === name)) return family;
  }
  return undefined;
}

function labelsOf(text: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const match of text.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
    const [, label, value] = match;
    if (label === undefined || value === undefined) continue;
    if (label in labels) throw new Error(`label ${label} twice`);
    labels[label] = value.replace(/\\(.)/g, (_all, escaped: string) =>
      escaped === 'n' ? '\n' : escaped,
    );
  }
  return labels;
}

function numberOf(text: string): number {
  if (/^nan$/i.test(text)) return Number.NaN;
  if (text === '+Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  return Number(text);
}

function checkHistograms(samples: Sample[], types: Map<string, string>) {
  for (const [family, type] of types) {
    if (type !== 'histogram') continue;
    const series = new Map<string, Sample[]>();
    for (const sample of samples.filter((one) => one.name === `${family}_bucket`)) {
      const { le, ...rest } = sample.labels;
      if (le === undefined) throw new Error(`${family}: a bucket without le`);
      const key = JSON.stringify(rest);
      series.set(key, [...(series.get(key) ?? []), sample]);
    }
    for (const [key, buckets] of series) {
      const bounds = buckets.map((bucket) => numberOf(bucket.labels.le ?? ''));
      const counts = buckets.map((bucket) => bucket.value);
      if (bounds.at(-1) !== Number.POSITIVE_INFINITY) throw new Error(`${family}: no +Inf bucket`);
      for (let i = 1; i < buckets.length; i += 1) {
        if ((bounds[i] ?? 0) <= (bounds[i - 1] ?? 0))
          throw new Error(`${family}: bounds out of order`);
        if ((counts[i] ?? 0) < (counts[i - 1] ?? 0)) throw new Error(`${family}: counts go down`);
      }
      const count = samples.find(
        (one) => one.name === `${family}_count` && JSON.stringify(one.labels) === key,
      );
      if (count?.value !== counts.at(-1))
        throw new Error(`${family}: +Inf bucket is not the count`);
    }
  }
}
