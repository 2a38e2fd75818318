import { alternativesOfEveryLanguage, ofEveryLanguage } from '../messages/languages.js';
import type { CaseField } from './caseDraft.js';
import { caseNameCueIn } from './caseNameCue.js';
import { maxCaseNameLength } from './caseText.js';
import { correctedMention } from './correctedMention.js';
import { dateCues } from './dateCues.js';
import {
  type DueDateProblem,
  type DueDateReading,
  findDueDates,
  noDateProblem,
  readQuickDueDate,
} from './dueDate.js';
import { type EmailProblem, findEmailAddresses } from './emailAddress.js';
import {
  dueDateContextOf,
  dueDateFieldReading,
  type FieldParseContext,
  type FieldReading,
  readEmail,
} from './fieldReading.js';
import { caseFieldSpecs, type FieldProblems, parseCaseField } from './fields/caseFieldSpecs.js';
import { isIntakeRequestOnly, withoutRequestAround } from './intakeRequest.js';
import { fewestPhoneDigits } from './loneShortNumbers.js';
import { accepted, type FieldParse, refused } from './parseOutcome.js';
import { findPhoneNumbers } from './phoneNumber.js';
import { readingLimits } from './readingLimits.js';
import { findRefusedEmailAddress } from './refusedEmailAddress.js';
import { blankedOut, overlaps, type Span, segmentsOf } from './textSpans.js';

/** Readings for any number of fields. */
export type FieldReadings = Partial<Record<CaseField, FieldReading>>;

/** What one message says about a case, beyond whatever question it answers. */
export interface Understanding {
  /** The e-mail, phone and due date the message gives, each already checked. */
  fields: FieldReadings;
  /** Why a date phrase in the message could not be the due date, if one was refused. */
  dueDateProblem?: DueDateProblem;
  /** Why an address in the message cannot be taken ("müller@…"), when it gives no other. */
  emailProblem?: EmailProblem;
  /** The message with the clauses that carried those fields taken out. */
  remainder: string;
}

/** The answer to the question asked, and whatever else the message gave. */
export interface AnswerReading<F extends CaseField> {
  answer: FieldParse<FieldReading, FieldProblems[F]>;
  extras: FieldReadings;
}

/** A span taken for a field: contact details end their clause; a date is cut out of it. */
interface TakenSpan extends Span {
  kind: 'contact' | 'date';
}

const clauseBoundary = /[,;:.!?\n]+|\s[-–—]\s/g;
/**
 * What is left of a clause after cutting its date must say this much to stay in the description;
 * in a name's first clause, a word will do ("Printer broken by Friday" → "Printer broken").
 */
const minimumWordsAfterCut = 4;
const suggestedNameLength = 60;
/**
 * Greetings, fillers and determiners at the start of a suggested name ("Hi, my printer…"), of
 * every language at once: the name is suggested where the conversation's language is not known
 * (the intake's state, the message action), as it always was.
 */
const leadingFiller = new RegExp(
  String.raw`^${alternativesOfEveryLanguage(({ titleFillers }) => titleFillers.openers)}[,!\s]+` +
    String.raw`|^${alternativesOfEveryLanguage(({ titleFillers }) => titleFillers.determiners)}\s+`,
  'i',
);

/**
 * Finds the e-mail, phone number and due date in a free-form message ("…please fix by Friday
 * 5pm, reach me at ann@contoso.com or +44 20 7946 0018"), each validated, and the rest of the
 * message. Dates count only when they read as a deadline ("by", "due", "para el"), unless
 * `anyDate` is set because the question was about the due date; then a message that is only a
 * date written out in full is read at once (`readQuickDueDate`) and no recognizer runs. Runs
 * each recognizer once, on no more of the message than `readingLimits` allow.
 */
function understandMessage(
  text: string,
  context: FieldParseContext,
  options: { anyDate?: boolean; dateAlone?: boolean; named?: boolean; forName?: boolean } = {},
): Understanding {
  // The answer to the date question is most often the date alone: read at once where it can be;
  // so is a date alone typed where free text is asked ("monday 9am" is no name).
  const quick =
    options.anyDate || options.dateAlone
      ? readQuickDueDate(text, dueDateContextOf(context))
      : undefined;
  if (quick) return quickDateUnderstanding(quick);
  const fields: FieldReadings = {};
  const taken: TakenSpan[] = [];

  // "call it 'Outlook crashes on start'": the name, and its clause out of the description.
  const naming = options.named ? caseNameCueIn(text) : undefined;
  const named = naming && parseCaseField('name', naming.name, context);
  if (naming && named?.ok) {
    fields.name = named.value;
    taken.push({ ...naming, kind: 'contact' });
  }

  const contactStretch = text.slice(0, readingLimits.contactScanLength);
  // Only what the text can hold is looked for: an address has an @, a phone number digits.
  // Of two addresses or numbers, one taken back for the other ("…, no sorry …"), the later.
  const email = contactStretch.includes('@')
    ? correctedMention(contactStretch, findEmailAddresses(contactStretch, context.culture))
    : undefined;
  if (email) {
    const reading = readEmail(email.address);
    if (reading.ok) {
      fields.email = reading.value;
      taken.push({ ...email, kind: 'contact' });
    }
  }
  // An address that cannot be taken is told about, as when typed alone, and is no description.
  const refusedEmail =
    !email && contactStretch.includes('@') ? findRefusedEmailAddress(contactStretch) : undefined;
  if (refusedEmail) taken.push({ ...refusedEmail, kind: 'contact' });
  const phone = correctedMention(
    contactStretch,
    (mayHoldPhoneNumber(contactStretch)
      ? findPhoneNumbers(contactStretch, context.phoneRegion)
      : []
    ).filter((mention) => !taken.some((span) => overlaps(span, mention))),
  );
  if (phone) {
    fields.phone = { value: phone.number };
    taken.push({ ...phone, kind: 'contact' });
  }

  // Contact details are no dates: blanked (offsets kept), the recognizer does not read them.
  const dates = findDueDates(blankedOut(text, taken), dueDateContextOf(context), {
    deadlinesOnly: !options.anyDate,
  }).filter(
    (mention) =>
      (options.anyDate || mention.deadline) && !taken.some((span) => overlaps(span, mention)),
  );
  const dueDate = dates.find((mention) => mention.reading.ok);
  let dueDateProblem: DueDateProblem | undefined;
  if (dueDate?.reading.ok) {
    fields.dueDate = dueDateFieldReading(dueDate.reading.value);
    taken.push({ start: dueDate.start, end: dueDate.end, kind: 'date' });
  } else if (dates[0] && !dates[0].reading.ok) {
    dueDateProblem = dates[0].reading.problem;
  }

  return {
    fields,
    dueDateProblem,
    emailProblem: refusedEmail?.problem,
    remainder: withoutClauses(text, taken, options.forName ? 'name' : 'description'),
  };
}

/** Whether a text has digits enough, in any script, to be or hold a phone number. */
function mayHoldPhoneNumber(text: string): boolean {
  return (text.match(/\p{Nd}/gu)?.length ?? 0) >= fewestPhoneDigits;
}

/** A message that is one date phrase read at once: that date, or why it cannot be the due date. */
function quickDateUnderstanding(
  reading: FieldParse<DueDateReading, DueDateProblem>,
): Understanding {
  return reading.ok
    ? { fields: { dueDate: dueDateFieldReading(reading.value) }, remainder: '' }
    : { fields: {}, dueDateProblem: reading.problem, remainder: '' };
}

/**
 * Reads the answer to the question about `expected`, and takes any other field the message
 * also gives ("sure, and my number is 415 555 0100"). Parses the message once.
 */
export function readAnswer<F extends CaseField>(
  expected: F,
  text: string,
  context: FieldParseContext,
): AnswerReading<F> {
  const understood = understandMessage(text, context, {
    anyDate: expected === 'dueDate',
    dateAlone: caseFieldSpecs[expected].freeText,
    named: expected === 'name',
    forName: expected === 'name',
  });
  const { [expected]: found, ...extras } = understood.fields;
  return { answer: answerFor(expected, text, understood, found, context), extras };
}

function answerFor<F extends CaseField>(
  expected: F,
  text: string,
  understood: Understanding,
  found: FieldReading | undefined,
  context: FieldParseContext,
): FieldParse<FieldReading, FieldProblems[F]> {
  if (found) return accepted(found);
  if (expected === 'dueDate') {
    return refused((understood.dueDateProblem ?? noDateProblem(text)) as FieldProblems[F]);
  }
  if (expected === 'email' && understood.emailProblem) {
    return refused(understood.emailProblem as FieldProblems[F]);
  }
  const { freeText } = caseFieldSpecs[expected];
  const carriedOthers = Object.keys(understood.fields).length > 0;
  // Beside other fields, only what is left says this one ("due fri btw" at the name: nothing).
  const source = freeText && carriedOthers ? understood.remainder : text;
  // "ok. new laptop setup", "necesito un caso porfa: el lector…": the problem without them.
  const told = freeText ? problemAlone(source, context) : source;
  return parseCaseField(expected, told || source, context);
}

/** What an opening message tells: the fields it gives, and why an address in it was refused. */
export interface OpeningMessage {
  readings: FieldReadings;
  /** An address it holds that cannot be taken as written ("müller@…"), told as when typed alone. */
  emailProblem?: EmailProblem;
}

/**
 * What an opening message ("my printer jams on every duplex job, please fix by Friday 5pm…")
 * already tells: the fields it carries and, unless it only asks for a case, the description.
 */
export function readOpeningMessage(text: string, context: FieldParseContext): OpeningMessage {
  const understood = understandMessage(text, context, { named: true });
  const { emailProblem } = understood;
  const opening = (readings: FieldReadings): OpeningMessage =>
    emailProblem ? { readings, emailProblem } : { readings };
  const description = problemAlone(understood.remainder, context, text);
  if (description === '' || isIntakeRequestOnly(description, context.culture))
    return opening(understood.fields);
  const parsed = parseCaseField('description', description, context);
  return opening(
    parsed.ok ? { ...understood.fields, description: parsed.value } : understood.fields,
  );
}

/** A short case name drawn from a description: its first sentence, trimmed to a title. */
export function suggestCaseName(description: string): string | undefined {
  const firstSentence =
    withoutPreamble(description)
      .split(/[.!?\n]/)[0]
      ?.trim() ?? '';
  let title = firstSentence;
  for (let previous = ''; previous !== title; ) {
    previous = title;
    title = title.replace(leadingFiller, '');
  }
  if (title.length > suggestedNameLength) title = shortenedTitle(title);
  title = title.charAt(0).toUpperCase() + title.slice(1);
  return title.length >= 3 && title.length <= maxCaseNameLength ? title : undefined;
}

/**
 * Clauses before the problem that are not it, each with what ends it and a bracket after it
 * ("hola, sorry my english, …", "escalating on behalf of a customer (Mrs Patel, High St): …").
 */
const preambleClause = new RegExp(
  String.raw`^\s*(?:${alternativesOfEveryLanguage(({ titleFillers }) => titleFillers.openers)}\s+)?${alternativesOfEveryLanguage(({ titleFillers }) => titleFillers.preamble)}(?:\s*\([^()\n]{0,80}\))?\s*(?:[,;:.!?]+|\s[-–—]+\s)\s*`,
  'iu',
);

/** The most clauses cut before the problem: a preamble is short. */
const mostPreambleClauses = 4;

/** The words that lead into the problem at the start of what is left. */
const leadInToProblem = new RegExp(
  String.raw`^${alternativesOfEveryLanguage(({ titleFillers }) => titleFillers.leadIns)}\s+`,
  'iu',
);

/**
 * A description from where its problem starts, for a name: without the clauses before it that
 * greet, apologise or say who writes, for whom or from where, and the words that lead into it;
 * the description itself when nothing else would be left.
 */
function withoutPreamble(description: string): string {
  let rest = description.trim();
  for (let cut = 0; cut < mostPreambleClauses; cut++) {
    const clause = preambleClause.exec(rest);
    if (!clause) break;
    if (clause[0].length === rest.length) return description;
    rest = rest.slice(clause[0].length);
  }
  return rest.replace(leadInToProblem, '');
}

/** A title no shorter than this is cut at its first clause's end rather than mid-clause. */
const shortestClauseTitle = 12;

/** The words a title cut short must not end on ("…no me funciona el correo en el"), lower-case. */
const danglingWords = new Set(
  ofEveryLanguage(({ titleFillers }) => titleFillers.dangling).map((word) => word.toLowerCase()),
);

/**
 * A title cut to `suggestedNameLength`: at the end of its first clause ("Sharepoint permissions
 * - i cant edit the Q4 budget file…" → "Sharepoint permissions"), else between words and not
 * after "the", "de", "en el" and the like, with no "…": what is suggested is what is stored.
 */
function shortenedTitle(title: string): string {
  const within = title.slice(0, suggestedNameLength + 1);
  const clauseEnd = within.search(/\s[-–—]\s|[,;:]\s/u);
  if (clauseEnd >= shortestClauseTitle) return within.slice(0, clauseEnd).trim();
  const space = within.lastIndexOf(' ');
  let cut = within
    .slice(0, space > 20 ? space : suggestedNameLength)
    .replace(/[\s,;:–—-]+$/u, '')
    .trim();
  while (cut.length > shortestClauseTitle) {
    const space = cut.lastIndexOf(' ');
    if (space < 0 || !danglingWords.has(cut.slice(space + 1).toLowerCase())) break;
    cut = cut.slice(0, space).trimEnd();
  }
  return cut;
}

/**
 * The problem a text tells without what only greets or asks for a case around it
 * (`withoutLeadingRequest`); what was mid-sentence in `typed` ("Hola, …", "call it '…': …",
 * "ok. …") starts with a capital. Empty when nothing else is said.
 */
function problemAlone(text: string, context: FieldParseContext, typed = text): string {
  const cut = withoutLeadingRequest(text, context);
  // Only words are cut: "![x](…)" keeps its "!".
  const rest = cut !== '' && !/[\p{L}\p{N}]/u.test(text.replace(cut, '')) ? text.trim() : cut;
  return rest === '' || typed.trim().startsWith(rest)
    ? rest
    : rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

/**
 * Drops leading clauses that only greet or ask for a case, and a request that leads into the
 * problem: "Hi, I need a ticket, my VPN…" → "My VPN…", "pls raise a case: VPN cert expired" →
 * "VPN cert expired", "I need to log a call about the printer…" → "the printer…".
 */
function withoutLeadingRequest(text: string, context: FieldParseContext): string {
  const parts = clausesOf(text);
  const first = parts.findIndex(
    (clause) =>
      !isIntakeRequestOnly(
        text.slice(clause.start, clause.end).replace(/[,;:.!?\s–—-]+$/, ''),
        context.culture,
      ),
  );
  if (first < 0) return '';
  return withoutRequestAround(text.slice(parts[first]?.start ?? 0).trim(), context.culture);
}

/** The clauses of a text, each with the punctuation that ends it. */
function clausesOf(text: string): Span[] {
  return segmentsOf(text, clauseBoundary).map(({ start, next }) => ({ start, end: next }));
}

/**
 * What comes before a date without the words that lead into it as a deadline, and the "and I"
 * before those ("…jammed and I need it fixed by" → "…jammed", "…, y lo necesito para" → "…").
 */
function withoutDeadlineLead(before: string): string {
  const led = before.replace(dateCues.leadInBeforeDate, '');
  const cue = dateCues.deadlineCue.exec(led);
  return cue ? led.slice(0, cue.index).replace(subjectAtEnd, '') : led;
}

/** A conjunction and a subject left before a deadline's words: " and I", ", y", " pero". */
const subjectAtEnd = /(?:[\s,]+(?:and|but|so|y|e|pero|pues))?(?:\s+(?:i|we|yo))?\s*$/iu;

function clauseWithoutDates(
  text: string,
  clause: Span,
  dates: Span[],
  minimumWords: number,
): string {
  let kept = '';
  let from = clause.start;
  for (const date of [...dates].sort((a, b) => a.start - b.start)) {
    kept += withoutDeadlineLead(text.slice(from, Math.max(from, date.start)));
    from = Math.min(clause.end, date.end);
  }
  const tail = text.slice(from, clause.end);
  const words = kept.trim().split(/\s+/).filter(Boolean).length;
  return words >= minimumWords ? `${kept.trimEnd()}${tail.replace(/^[^,;:.!?\n]*/, '')}` : '';
}

/**
 * The text without what was taken from it. A clause (a run between commas, full stops, dashes)
 * with contact details goes ("reach me at …"); a clause with a date loses the date and its
 * lead-in ("need a new charger by Monday" → "need a new charger") and stays if enough is left.
 */
function withoutClauses(text: string, taken: TakenSpan[], told: 'description' | 'name'): string {
  if (taken.length === 0) return text.trim();
  return clausesOf(text)
    .map((clause, index) => {
      const inside = taken.filter((span) => overlaps(clause, span));
      if (inside.length === 0) return text.slice(clause.start, clause.end);
      if (inside.some((span) => span.kind === 'contact')) return '';
      const minimumWords = told === 'name' && index === 0 ? 1 : minimumWordsAfterCut;
      return clauseWithoutDates(text, clause, inside, minimumWords);
    })
    .join('')
    .trim()
    .replace(contactLabelAtEnd, '')
    .replace(/^[,;.\s]+|[,;\s–—-]+$/g, '');
}

/**
 * A label left at the end once the details after it are taken ("… ayer. Contacto:", "… Mi
 * mail:", "…, correo del cliente: mailto:").
 */
const contactLabelAtEnd = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:my|mi|the|el|su|our|nuestro|their)\s+)?${alternativesOfEveryLanguage(({ contactLabels }) => contactLabels)}(?:\s+(?:del|de la|of the)\s+(?:cliente|customer|client|usuari[oa]|user))?\s*:(?:\s*mailto\s*:)?$`,
  'iu',
);
