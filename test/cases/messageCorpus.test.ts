import { describe, expect, it } from 'vitest';
import type { FieldReading } from '../../src/cases/fieldReading.js';
import {
  type FieldReadings,
  readAnswer,
  readOpeningMessage,
} from '../../src/cases/messageUnderstanding.js';
import { answerCorpus, type ExpectedFields, openingCorpus } from '../corpus/messageCorpus.js';

const now = new Date('2026-11-28T12:00:00.000Z');

/** A reading as the corpus writes it: the value, with `?` when the user must confirm it. */
const stated = (reading: FieldReading) => `${reading.value}${reading.check ? '?' : ''}`;
const statedAll = (readings: FieldReadings): ExpectedFields =>
  Object.fromEntries(Object.entries(readings).map(([field, reading]) => [field, stated(reading)]));

describe('opening messages with several fields', () => {
  it.each(openingCorpus)('$culture: "$text"', ({ culture, zone, region, text, expected }) => {
    const { readings } = readOpeningMessage(text, {
      now,
      timeZone: zone,
      culture,
      phoneRegion: region,
    });
    expect(statedAll(readings)).toEqual(expected);
  });
});

describe('answers that carry more than was asked', () => {
  it.each(answerCorpus)(
    '$culture, asked $asked: "$text"',
    ({ culture, zone, region, asked, text, answer, extras }) => {
      const reading = readAnswer(asked, text, {
        now,
        timeZone: zone,
        culture,
        phoneRegion: region,
      });
      expect(reading.answer.ok ? stated(reading.answer.value) : reading.answer.problem).toBe(
        answer,
      );
      expect(statedAll(reading.extras)).toEqual(extras);
    },
  );
});
