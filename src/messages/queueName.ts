import { alternativesOfEveryLanguage } from './languages.js';

const queueWord = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${alternativesOfEveryLanguage(({ queueWords }) => queueWords)}(?![\p{L}\p{N}])`,
  'iu',
);

/**
 * Whether a queue's own name already says it is a queue, in any language the bot speaks
 * ("Support Queue", "Cola de soporte"): the catalogs then name it without adding their own word
 * for a queue, which would say it twice ("the Support Queue queue").
 */
export function namesItselfAQueue(name: string): boolean {
  return queueWord.test(name);
}
