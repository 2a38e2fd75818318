import type { FieldParseContext } from '../cases/fieldReading.js';
import { parseCaseField } from '../cases/fields/caseFieldSpecs.js';
import type { Reply } from './intakeReply.js';

/** Titles are a few words ("Printer on floor 3 jams"); more than this is the problem in full. */
const longestTitleWords = 8;
/** Fewer words than this still make a title, even with an e-mail or a date beside them. */
const longestTitleBesideOthers = 6;

/**
 * The answer to the name question when it tells the whole problem ("need a ticket for the
 * broken projector in meeting room B, need it fixed by Friday 3pm", several sentences, or a
 * long one beside an e-mail or a date): the description, so the name is asked next with a title
 * drawn from it. Any other reply is left as it is.
 */
export function problemToldInFull(reply: Reply, parse: FieldParseContext): Reply {
  if (reply.kind !== 'answer' || !reply.readings.name) return reply;
  const { name, ...others } = reply.readings;
  const told = name.value;
  const words = told.trim().split(/\s+/u).length;
  const sentences = told.split(/[.!?]+\s+(?=\S)/u).length;
  const carriedOthers = Object.keys(others).length > 0;
  const inFull =
    words > longestTitleWords ||
    sentences > 1 ||
    (carriedOthers && words > longestTitleBesideOthers);
  if (!inFull) return reply;
  const description = parseCaseField('description', told, parse);
  return description.ok
    ? { kind: 'answer', readings: { ...others, description: description.value } }
    : reply;
}
