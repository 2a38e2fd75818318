import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { CallerIdConstants } from 'botframework-schema';
import type { BotFrameworkSettings } from '../config/config.js';
import type { ChannelHttpClient } from './channelHttpClient.js';

/** Where the channels' and the Emulator's token signing keys are published. */
export interface OpenIdMetadataUrls {
  channel?: string;
  emulator?: string;
}

/**
 * botbuilder's authentication for the bot's credentials, with every call to a channel service
 * sent through `channel` (which bounds it in time). Signing keys come from the public cloud unless `openIdMetadata`
 * names other URLs (a private cloud; tests use a loopback server). botbuilder then expects every
 * endpoint to be spelled out, so the public cloud's are given for the rest.
 */
export function botFrameworkAuthentication(
  settings: BotFrameworkSettings,
  { channel, openIdMetadata }: { channel: ChannelHttpClient; openIdMetadata?: OpenIdMetadataUrls },
): ConfigurationBotFrameworkAuthentication {
  const endpoints = openIdMetadata
    ? {
        ValidateAuthority: true,
        ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
        ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
        ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
        OAuthUrl: AuthenticationConstants.OAuthUrl,
        CallerId: CallerIdConstants.PublicAzureChannel,
        ToBotFromChannelOpenIdMetadataUrl:
          openIdMetadata.channel ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl:
          openIdMetadata.emulator ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      }
    : {};
  return new ConfigurationBotFrameworkAuthentication(
    { ...settings, ...endpoints },
    undefined,
    undefined,
    undefined,
    { httpClient: channel.httpClient },
  );
}
