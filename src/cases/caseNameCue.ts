import { alternativesOfEveryLanguage } from '../messages/languages.js';
import type { Span } from './textSpans.js';

const cues = alternativesOfEveryLanguage(({ titleFillers }) => titleFillers.namingCues);
const labels = alternativesOfEveryLanguage(({ titleFillers }) => titleFillers.namingLabels);

/**
 * A name given in so many words, in any language the bot speaks: "call it 'Outlook crashes on
 * start'", "titled VPN drops", "llámalo Fallo de Outlook", or a label and a colon ("Title:
 * Printer jam"; "the title bar flickers" names nothing), at the start of a clause ("I can't
 * call it up" names nothing). A quoted name runs to its closing quote; a bare one to the end of
 * its clause.
 */
const namingCue = new RegExp(
  String.raw`(?<=^|[,;:.!?–—-]\s*|\b(?:and|no|please|y|por favor)\s+)(?:${cues}(?![\p{L}\p{N}])\s*[:=–—-]?|${labels}\s*[:=])\s*(?:["“'‘«](?<quoted>[^"”'’»\n]{2,150})["”'’»]|(?<bare>[^.,;!?\n"“”«»]{2,150}))`,
  'iu',
);

/** The case name a message gives in so many words, and the span that gave it. */
export interface CaseNameCue extends Span {
  name: string;
}

/** The name a message gives with a naming cue, if it gives one. */
export function caseNameCueIn(text: string): CaseNameCue | undefined {
  const match = namingCue.exec(text);
  const name = (match?.groups?.quoted ?? match?.groups?.bare)?.trim();
  if (!match || !name) return undefined;
  return { start: match.index, end: match.index + match[0].length, name };
}
