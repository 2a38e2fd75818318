// Loaded into the bot process with `node --import` by the crash tests: on SIGUSR2 a timer
// throws, as a bug in any callback would, so the bot's own crash handling is what is tested.
process.on('SIGUSR2', () => {
  setTimeout(() => {
    throw new Error('boom');
  });
});
