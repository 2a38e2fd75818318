// Loaded into the bot process with `node --import` by the crash tests: on SIGUSR2 a promise
// rejects with nobody to catch it, as a forgotten await would.
process.on('SIGUSR2', () => {
  Promise.reject(new Error('boom'));
});
