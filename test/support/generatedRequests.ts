import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';

/** Any JSON value, or nothing at all: what a hostile client may put in any field. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant(undefined),
);

/** Mostly `plausible`, sometimes anything: for fields the bot reads without a schema. */
const mostly = <T>(plausible: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: anyValue });

/**
 * Of the type the endpoint's schema demands, and rarely anything: a wrong type is refused
 * before the turn, and with a dozen such fields most activities must still reach it.
 */
const checked = <T>(plausible: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 40, arbitrary: plausible }, { weight: 1, arbitrary: anyValue });

/** Characters people paste that programs trip on: bidi controls, zero-width, BOM, NUL. */
const invisibles = [
  '\u200f',
  '\u200e',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\0',
];
const emoji = ['😀', '👩‍💻', '🇩🇪', '🏳️‍🌈', '👍🏽', '🧑‍🔧', '🔥'];
const markup = [
  '**bold**',
  '[link](javascript:alert(1))',
  '![img](http://127.0.0.1/x.png)',
  '<script>alert(1)</script>',
  '<at>Case bot</at>',
  '<b>',
  '# Heading',
  '```',
  '&amp;&lt;',
  '| a | b |',
  '> quote',
  'https://example.com/?q=1',
];
/** Words the intake understands, so generated turns move it along as well as sideways. */
const meaningful = [
  'I would like to open a case',
  'new case',
  'yes',
  'no',
  'cancel',
  'back',
  'help',
  'start over',
  'status',
  'use a form',
  'edit',
  'try again',
  'escalate',
  'change the phone to +1 415 555 0100',
  'Printer on floor 3 jams',
  'ann@contoso.com',
  'ann@gmial.com',
  '+44 20 7946 0018',
  '415 555 0100 x204',
  'tomorrow 5pm',
  'next Friday',
  '03/04',
  'at 5',
  'EOD',
  'mañana a las 5 de la tarde',
  'March 15, 2027 at 2pm',
];

const digitsAndSeparators = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 99_999_999 }).map(String),
      fc.constantFrom('/', ':', '-', '+', ' ', '.', ',', 'x', 'ext. ', ' at ', ' by '),
    ),
    { minLength: 1, maxLength: 400 },
  )
  .map((parts) => parts.join(''));

/** Texts a person, a paste or a broken client can send as a message. */
export const messageText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...meaningful),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.oneof(fc.constantFrom(...invisibles, ...emoji, ...markup), fc.constantFrom(...meaningful)),
      {
        minLength: 1,
        maxLength: 12,
      },
    )
    .map((parts) => parts.join(' ')),
  digitsAndSeparators,
  // Around the 5,000 characters the bot reads, and the 4,000 a description may hold.
  fc
    .tuple(fc.constantFrom(...meaningful, 'a', '9', '😀'), fc.integer({ min: 3_900, max: 5_200 }))
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
  fc.constantFrom('', ' ', '\n\n', '\t'),
);

const activityTypes = [
  'message',
  'conversationUpdate',
  'invoke',
  'event',
  'messageReaction',
  'installationUpdate',
  'typing',
  'endOfConversation',
  'messageUpdate',
  'messageDelete',
];
const channels = ['emulator', 'msteams', 'webchat', 'directline', 'test', 'slack'];
const invokeNames = [
  'composeExtension/fetchTask',
  'composeExtension/submitAction',
  'adaptiveCard/action',
  'task/fetch',
  'task/submit',
  'signin/verifyState',
];

const account = checked(
  fc.record(
    {
      id: checked(fc.string({ minLength: 1, maxLength: 30 })),
      name: mostly(fc.string({ maxLength: 30 })),
      aadObjectId: mostly(fc.uuid()),
      role: mostly(fc.constantFrom('user', 'bot')),
    },
    { requiredKeys: ['id'] },
  ),
);

const cardValue = mostly(
  fc.record(
    {
      intakeAction: mostly(
        fc.constantFrom('yes', 'no', 'edit', 'cancel', 'tryAgain', 'form', 'name'),
      ),
      name: anyValue,
      description: anyValue,
      email: anyValue,
      phone: anyValue,
      dueDate: anyValue,
      dueTime: anyValue,
      draftId: anyValue,
      commandId: mostly(fc.constant('createCase')),
      data: anyValue,
      messagePayload: anyValue,
    },
    { requiredKeys: [] },
  ),
);

/**
 * Objects shaped like activities, the envelope mostly right so many reach a turn, and every
 * field sometimes of a type nobody expects.
 */
export const activityLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    type: checked(fc.constantFrom(...activityTypes)),
    id: mostly(fc.uuid()),
    channelId: checked(fc.constantFrom(...channels)),
    from: account,
    recipient: account,
    conversation: checked(
      fc.record(
        {
          id: checked(fc.string({ minLength: 1, maxLength: 40 })),
          conversationType: mostly(fc.constantFrom('personal', 'groupChat', 'channel')),
          isGroup: anyValue,
          tenantId: anyValue,
        },
        { requiredKeys: ['id'] },
      ),
    ),
    deliveryMode: checked(fc.constant('expectReplies')),
    text: checked(messageText),
    locale: checked(
      fc.oneof(fc.constantFrom('en-GB', 'en-US', 'es-ES', 'es', 'de-DE', 'xx', ''), fc.string()),
    ),
    localTimezone: checked(
      fc.oneof(
        fc.constantFrom('Europe/Berlin', 'UTC', 'America/New_York', 'Not/AZone', ''),
        fc.string(),
      ),
    ),
    // Rarely there (a refused URL stops the request before the turn), and then wrong for local
    // mode. Never a loopback URL: replies posted to a port nobody serves are an error to log.
    serviceUrl: fc.oneof(
      { weight: 6, arbitrary: fc.constant(undefined) },
      fc.constantFrom('https://smba.trafficmanager.net/emea/', 'ftp://x', ''),
      fc.string(),
    ),
    channelData: checked(
      fc.record(
        {
          email: anyValue,
          tenant: anyValue,
          eventType: anyValue,
          team: anyValue,
          channel: anyValue,
        },
        { requiredKeys: [] },
      ),
    ),
    value: cardValue,
    name: mostly(fc.constantFrom(...invokeNames)),
    // Lists botbuilder itself walks: of the right shape nearly always, anything inside.
    entities: checked(
      fc.array(
        fc.record(
          {
            type: checked(fc.constantFrom('clientInfo', 'mention', 'streaminfo')),
            timezone: anyValue,
            locale: anyValue,
            mentioned: account,
            text: anyValue,
          },
          { requiredKeys: ['type', 'mentioned'] },
        ),
        { maxLength: 3 },
      ),
    ),
    membersAdded: checked(fc.array(account, { maxLength: 3 })),
    membersRemoved: checked(fc.array(account, { maxLength: 2 })),
    attachments: anyValue,
    replyToId: anyValue,
    timestamp: checked(fc.date({ noInvalidDate: true }).map((date) => date.toISOString())),
    localTimestamp: checked(
      fc.constantFrom('2026-11-28T13:00:00+01:00', '2027-03-15T09:30:00-08:00'),
    ),
    expiration: checked(fc.date({ noInvalidDate: true }).map((date) => date.toISOString())),
  },
  { requiredKeys: ['type', 'channelId', 'from', 'recipient', 'conversation', 'deliveryMode'] },
);

/** A body as bytes: JSON values, activities, truncated activities, text, or noise. */
const bodyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value) ?? '')),
  activityLike.map((activity) => Buffer.from(JSON.stringify(activity))),
  fc.tuple(activityLike, fc.nat()).map(([activity, cut]) => {
    const json = JSON.stringify(activity);
    return Buffer.from(json.slice(0, cut % (json.length + 1)));
  }),
  fc.string({ unit: 'binary', maxLength: 500 }).map((text) => Buffer.from(text)),
  fc.uint8Array({ maxLength: 2_048 }),
);

const contentTypes = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
];
const encodings = ['gzip', 'x-gzip', 'deflate', 'br', 'identity', 'compress', 'gzip, br'];
/** A Map, not an object: a generated encoding such as "toString" must not find a method. */
const compressors = new Map<string, (bytes: Uint8Array) => Uint8Array>([
  ['gzip', gzipSync],
  ['x-gzip', gzipSync],
  ['deflate', deflateSync],
  ['br', brotliCompressSync],
]);

/** Header values fetch can send: printable ASCII. */
const headerText = fc.stringMatching(/^[\x20-\x7e]{0,60}$/);

/** One POST to /api/messages: a body, and the headers that claim what it is. */
export interface GeneratedRequest {
  body: Uint8Array;
  headers: Record<string, string>;
}

/** Any body under any content type and encoding, encoded as the header says or not. */
const wrappedAnyhow: fc.Arbitrary<GeneratedRequest> = fc
  .record({
    bytes: bodyBytes,
    contentType: fc.option(
      fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...contentTypes) }, headerText),
    ),
    encoding: fc.option(fc.oneof(fc.constantFrom(...encodings), headerText), { freq: 3 }),
    encodedAsDeclared: fc.boolean(),
    authorization: fc.option(fc.oneof(headerText, fc.constant('Bearer eyJhbGciOiJub25lIn0.e30.')), {
      freq: 4,
    }),
  })
  .map(({ bytes, contentType, encoding, encodedAsDeclared, authorization }) => {
    const compress = encoding ? compressors.get(encoding) : undefined;
    const headers: Record<string, string> = {};
    if (contentType !== null) headers['content-type'] = contentType;
    if (encoding !== null) headers['content-encoding'] = encoding;
    if (authorization !== null) headers.authorization = authorization;
    return { body: compress && encodedAsDeclared ? compress(bytes) : bytes, headers };
  });

/** An activity-shaped body sent the way a channel sends JSON, so it reaches the bot's turn. */
const activityAsJson: fc.Arbitrary<GeneratedRequest> = fc
  .tuple(activityLike, fc.constantFrom(undefined, 'gzip', 'deflate', 'br'))
  .map(([activity, encoding]) => {
    const bytes = Buffer.from(JSON.stringify(activity));
    const compress = encoding ? compressors.get(encoding) : undefined;
    return {
      body: compress ? compress(bytes) : bytes,
      headers: {
        'content-type': 'application/json',
        ...(encoding ? { 'content-encoding': encoding } : {}),
      },
    };
  });

/**
 * Requests to the messages endpoint: mostly activities that reach a turn with fields of any
 * type, and the rest any bytes under any headers, to hurt the reading of the body.
 */
export const messagesRequest: fc.Arbitrary<GeneratedRequest> = fc.oneof(
  { weight: 3, arbitrary: activityAsJson },
  { weight: 2, arbitrary: wrappedAnyhow },
);
