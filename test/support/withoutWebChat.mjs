// Loaded with `node --import` before the bot: botframework-webchat cannot be resolved, as after
// a production install (`npm ci --omit=dev`), which leaves dev dependencies out.
import Module from 'node:module';

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveWithoutWebChat(request, ...rest) {
  if (request === 'botframework-webchat' || request.startsWith('botframework-webchat/')) {
    const error = new Error(`Cannot find module '${request}'`);
    error.code = 'MODULE_NOT_FOUND';
    throw error;
  }
  return resolveFilename.call(this, request, ...rest);
};
