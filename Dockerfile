FROM node:20-bookworm-slim

ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app

COPY package.json package-lock.json ./
# npm ci rejects this lockfile (it lacks other platforms' native builds); npm install keeps it as it is.
RUN npm install --no-audit --no-fund

COPY . .
RUN npm run build

ENV NODE_ENV=production
EXPOSE 3000
# `npm start` seeds an empty database with the demo content, then serves the site.
CMD ["npm", "start"]
