// Baseline (a) of bench/throughput.mjs: the floor of the HTTP stack the bot runs on. A restify
// server whose POST /api/messages parses the activity JSON (restify's body parser, as botbuilder's
// samples mount it) and answers a small JSON, with no bot behind it. Listens on 127.0.0.1:$PORT.
import restify from 'restify';

const server = restify.createServer({ name: 'bare-route', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser());

// restify runs an async handler only when it takes exactly (req, res).
server.post('/api/messages', async (req, res) => {
  res.send(200, { ok: true, type: req.body?.type ?? null });
});
server.get('/healthz', async (_req, res) => {
  res.send(200, { status: 'ok' });
});

server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
