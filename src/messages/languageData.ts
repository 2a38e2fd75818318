/**
 * Alternatives of a regular expression, at least one: each is the source of a pattern ("by",
 * "no later than", String.raw`fin(?:al)? del día`), matched whole words and case-insensitively.
 */
export type Alternatives = readonly [string, ...string[]];

/** What a language says around a date that the date recognizer does not tell. */
export interface DateWords {
  /** Phrases that stand for the end of the working day: "EOD", "close of business". */
  endOfDay: Alternatives;
  /**
   * Words that make the date after them a deadline: "by", "due", "no later than", and what
   * busy people say instead ("need it", "need a fix", "no rush", "lo necesito"). One that is no
   * lead-in is passed over before the date is read ("need it (for Monday 9am)").
   */
  deadline: Alternatives;
  /** Words after a date that make it a deadline: "(in 2 weeks) is fine", "(el lunes) me vale". */
  deadlineAfter: Alternatives;
  /**
   * Words between two dates that take back the first: "Thursday no wait Friday 10am", "tomorrow,
   * sorry I mean Monday", "el jueves, perdón, el viernes". The date after them is the one meant.
   */
  selfCorrection: Alternatives;
  /**
   * Words after a date that make it what a sentence tells something about, not a date given:
   * "(tomorrow) is (Sunday)", "(mañana) es (domingo)". After a self-correction such a sentence is
   * the reason, and the date after it the one meant.
   */
  saidAbout: Alternatives;
  /**
   * An article, or words naming the event due, that may stand between a deadline word and its
   * date: "by the 15th", "before month end close Dec 15th".
   */
  articles: Alternatives;
  /** Words before an hour given alone: "at 5", "around 5". */
  beforeBareHour: Alternatives;
  /** Words after an hour that say the part of the day, so it is not a bare hour: "5 in the …". */
  partOfDayAfterHour: Alternatives;
  /** Words that only lead into a date ("by", "on", "for"): cut with it from a description. */
  leadIntoDate: Alternatives;
  /** Words that make a weekday relative ("next Friday", "last Monday"): which week is a guess. */
  weekdayModifiers: Alternatives;
  /** "This" before a weekday, with the weekday as a lookahead: "this (Friday)", "este (viernes)". */
  thisBeforeWeekday: Alternatives;
  /** Phrases for the start of the working day: "first thing", "a primera hora". */
  firstThing: Alternatives;
  /** Ways to say an hour without a.m. or p.m.: "5 o'clock", "half past two", "y media". */
  clockPhrases: Alternatives;
  /** A wish for speed, not a date: "ASAP", "lo antes posible". Answered with a question of its own. */
  asSoonAsPossible: Alternatives;
  /**
   * Answers that pick one of the zones a zone's name stands for by its place in the list the bot
   * gave ("IST is India, Ireland or Israel"): "the first one", "la segunda"; first to third.
   */
  listPlaces: readonly [string, string, string];
}

/**
 * Casual and shortened spellings of date words, as patterns, with the words they stand for:
 * "tmrw" → "tomorrow", "b4" → "before", "q" → "que". A pattern is matched as a whole word (a
 * lookbehind of its own may ask for what comes before: "(?<=\d)a" in "9a"); it must not match an
 * ordinary word of any language.
 */
export type CasualSpellings = Readonly<Record<string, string>>;

/** A part of the day said after a day: the house's hour for it (`DueDateRules`), or midday. */
export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'midday';

/** How long a span is: "hours" is 60 minutes, "fortnight" 14 days, "months" one month. */
export interface SpanUnit {
  minutes?: number;
  days?: number;
  months?: number;
}

/**
 * How a language says dates counted from today: "two weeks from Tuesday at 11", "in an hour and
 * a half", "Monday week", "tomorrow 17h", "Friday works, 3pm", "end of next week", "the 4th".
 */
export interface RelativeDateWords {
  /** Numbers as words ("a" 1, "two" 2, "a couple of" 2, "half an" 0.5), each a pattern. */
  amounts: Readonly<Record<string, number>>;
  /** Units as patterns ("hours?", "fortnights?"), with what each is worth. */
  units: Readonly<Record<string, SpanUnit>>;
  /** Said after a unit for half as much again: "and a half", "y media". */
  andAHalf: Alternatives;
  /** Before a span from now: "in", "within", "dentro de". */
  within: Alternatives;
  /** Between a span and the day it counts from: "from", "after", "a partir de". */
  from: Alternatives;
  /** The days a span may count from, as patterns: "now", "today" 0, "tomorrow" 1, "mañana" 1. */
  bases: Readonly<Record<string, 'now' | number>>;
  /** Weekday names and abbreviations as patterns, 0 (Sunday) to 6. */
  weekdays: Readonly<Record<string, number>>;
  /**
   * A span said after the day it counts from, as patterns with what each is worth: "(Monday)
   * week", "(tomorrow) fortnight", "(del lunes) en ocho días" (Spanish counts both ends: eight
   * days are a week). `lead` may come before the day: "de (hoy)", "del (lunes)".
   */
  spanAfterDay: { lead: readonly string[]; spans: Readonly<Record<string, SpanUnit>> };
  /** Before a time of day: "at", "a las". */
  at: Alternatives;
  /** Before a time of day it is due by: "(Wednesday) by (10)", "(mañana) antes de las (10)". */
  byTime: Alternatives;
  /** Before a time of day that is approximate, so confirmed: "around", "sobre las", "a eso de las". */
  aroundTime: Alternatives;
  /** Times of day said as words, as patterns, with the hour they are: "noon" 12, "mediodía" 12. */
  namedTimes: Readonly<Record<string, number>>;
  /**
   * Parts of the day said after a day, as patterns: "(Thursday) am", "(fri) lunchtime", "(mañana)
   * temprano", "(mañana) por la tarde" (Spanish "tarde" runs into the evening).
   */
  partsOfDay: Readonly<Record<string, PartOfDay>>;
  /** Next week, said alone: "next week", "la semana que viene" (its Monday, confirmed). */
  nextWeek: Alternatives;
  /** Words that approve a day before its time is given: "(Friday) works, 3pm", "me va bien". */
  dayApprovals: Alternatives;
  /**
   * The end of this week and of the next (its last working day), as patterns: "the end of the
   * week", "end of next week", "fin de la semana que viene" (not "fin de semana": the weekend).
   */
  endOfWeek: { thisWeek: Alternatives; nextWeek: Alternatives };
  /**
   * A day of the month said alone ("the 4th", "el 4", "el día 4"): an article, a word for "day"
   * or an ordinal ending must come with the number.
   */
  dayOfMonth: {
    article: Alternatives;
    dayWord: readonly string[];
    ordinal: readonly string[];
  };
  /** The day after another, as a correction says it: "the Friday after", "el viernes siguiente". */
  dayAfter: {
    article: Alternatives;
    /** A day, as "the day after": "day", "día". */
    day: Alternatives;
    after: Alternatives;
    /**
     * Words before a new time for the proposed day, after any yes or no: "(yes) but (3pm)",
     * "earlier, (9am)", "mejor (a las 4)", "(sí) pero (a las 4)".
     */
    insteadLead: Alternatives;
  };
}

/** Words a message may start with that do not belong in a case name drawn from it. */
export interface TitleFillers {
  /** Greetings and filler words, followed by a comma or space: "hi", "so", "please". */
  openers: Alternatives;
  /** Possessives and articles that start a noun phrase: "my", "the". */
  determiners: Alternatives;
  /** Words that give the case its name, quoted or not: "call it …", "titled …". */
  namingCues: Alternatives;
  /** Labels that give the case its name after a colon: "Title: …", "Subject: …". */
  namingLabels: Alternatives;
  /** Requests for a case a quoted name may follow at once: 'new case "VPN token expired"'. */
  quotedAfter: Alternatives;
  /** Words a title cut short must not end on: articles, prepositions, "and" ("…on the"). */
  dangling: Alternatives;
  /**
   * Clauses before the problem that are not it: greetings, apologies, who writes, for whom or
   * from where ("sorry my english", "escalating for a customer", "onsite at the Dallas DC",
   * "Customer: Blue Yonder Inc"); a suggested name starts after them.
   */
  preamble: Alternatives;
  /** Words that lead into the problem at the start of a name: "I would like to report that". */
  leadIns: Alternatives;
}

/**
 * What reading messages in one language needs beyond its catalog: the words and phrase patterns
 * the domain code (`src/cases`) looks up by the conversation's culture. Each language keeps its
 * own in its folder (`src/messages/en/`), beside its catalog.
 */
export interface LanguageData {
  dateWords: DateWords;
  relativeDates: RelativeDateWords;
  casualDateSpellings: CasualSpellings;
  /**
   * A whole message, white space folded, that only greets or asks for a case ("hi", "I would
   * like to open a case") and says nothing about the problem.
   */
  intakeRequestOnly: RegExp;
  /**
   * The start of a message, white space folded, that asks for a case and leads into the problem
   * ("I need to log a call about …"): cut from the description.
   */
  intakeRequestLead: RegExp;
  /**
   * A whole message, white space folded, that says there is no phone, or that e-mail is how to
   * reach them ("I don't have one", "no work phone, just email me", "solo por correo").
   */
  noPhone: RegExp;
  titleFillers: TitleFillers;
  /**
   * Labels that lead into contact details ("Contacto:", "mail:", "reach me at:"): left at the
   * end of a description when the details after them are taken, they go too.
   */
  contactLabels: Alternatives;
  /**
   * The words for a queue ("queues?"): a queue whose own name holds one, in any language, is not
   * called a queue again ("the Support Queue", not "the Support Queue queue").
   */
  queueWords: Alternatives;
}
