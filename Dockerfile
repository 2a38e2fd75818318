# The bot as a small image: compiled in one stage, installed for production in another, and run
# from dist/ with production dependencies only (no TypeScript, Web Chat or test tools), as the
# unprivileged `node` user, with its SQLite file on the /data volume.
#
#   docker build -t case-intake-bot .
#   docker run -p 3978:3978 -v case-intake-bot-data:/data --env-file .env case-intake-bot
#
# With MicrosoftAppId set it listens on every interface. Without it (local mode, anyone may
# call) it keeps to the container's loopback: add `-e HOST=0.0.0.0` to try it from the host.

ARG NODE_IMAGE=node:20-slim

# Compilers for native modules (better-sqlite3) when no prebuilt binary fits the platform; only
# the stages that install use this, never the image that runs.
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# .npmrc answers npx's prompt in a dependency's install script; scripts/ holds `prepare`, which
# finds no src/ yet and builds nothing.
COPY package.json package-lock.json .npmrc ./
COPY scripts ./scripts

# Every dependency, then src/ compiled to dist/.
FROM toolchain AS build
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# What production needs, and nothing else.
FROM toolchain AS production-dependencies
RUN npm ci --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
  PORT=3978 \
  STORAGE=sqlite \
  SQLITE_PATH=/data/case-intake-bot.sqlite
WORKDIR /app
COPY package.json ./
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The volume is the runtime user's. data/ points at it too, so the default SQLITE_PATH (relative,
# as a copied .env.example may set it or leave it empty) also lands on the volume.
RUN mkdir -p /data && chown node:node /data && ln -s /data /app/data
VOLUME /data
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--disable-warning=DEP0111", "dist/main.js"]
