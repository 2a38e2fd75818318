import { alternativesOfEveryLanguage } from '../messages/languages.js';
import type { Span } from './textSpans.js';

const cues = alternativesOfEveryLanguage(({ titleFillers }) => titleFillers.namingCues);
const labels = alternativesOfEveryLanguage(({ titleFillers }) => titleFillers.namingLabels);
const requests = alternativesOfEveryLanguage(({ titleFillers }) => titleFillers.quotedAfter);

/**
 * A name given in so many words, in any language the bot speaks: "call it 'Outlook crashes on
 * start'", "titled VPN drops", "llámalo Fallo de Outlook", or a label and a colon ("Title:
 * Printer jam"; "the title bar flickers" names nothing), at the start of a clause ("I can't
 * call it up" names nothing). A quoted name runs to its closing quote; a bare one to the end of
 * its clause.
 */
const namingCue = new RegExp(
  String.raw`(?<=^|[,;:.!?–—-]\s*|\b(?:and|no|please|wait|actually|y|por favor|espera|mejor)\s+)(?:${cues}(?![\p{L}\p{N}])\s*[:=–—-]?|${labels}\s*[:=])\s*(?:["“'‘«](?<quoted>[^"”'’»\n]{2,150})["”'’»]|(?<bare>[^.,;!?\n"“”«»]{2,150}))`,
  'iu',
);

/**
 * A quoted name right after a request for a case, at the start of a message: 'new case "VPN
 * token expired" - my RSA token…', 'nuevo caso: «Fallo de Outlook»'. Unquoted, what follows a
 * request is the problem ("new case printer jam"), or courtesy ("new case pls").
 */
const quotedAfterRequest = new RegExp(
  String.raw`^\s*${requests}\s*[:=–—-]?\s*["“'‘«](?<quoted>[^"”'’»\n]{2,150})["”'’»]`,
  'iu',
);

/** The case name a message gives in so many words, and the span that gave it. */
export interface CaseNameCue extends Span {
  name: string;
}

/** The name a message gives with a naming cue, if it gives one. */
export function caseNameCueIn(text: string): CaseNameCue | undefined {
  const match = namingCue.exec(text) ?? quotedAfterRequest.exec(text);
  const name = (match?.groups?.quoted ?? match?.groups?.bare)?.trim();
  if (!match || !name) return undefined;
  return { start: match.index, end: match.index + match[0].length, name };
}
