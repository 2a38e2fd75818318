/** Channels known to render Adaptive Cards with Action.Submit. */
const adaptiveCardChannels = new Set([
  'msteams',
  'webchat',
  'directline',
  'directlinespeech',
  'emulator',
  'omnichannel',
]);

/** Whether replies on this channel may carry Adaptive Cards; the rest get text and buttons. */
export function supportsAdaptiveCards(channelId: string | undefined): boolean {
  return channelId !== undefined && adaptiveCardChannels.has(channelId);
}
