# The service on Node 24. SAP_BACKEND=rfc needs node-rfc and SAP's NW RFC SDK in the image as
# well (not included: the SDK is SAP's download); the default runs on the mock SAP.
FROM node:24-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund
COPY src ./src
COPY bin ./bin
COPY mappings ./mappings
COPY mocks/seed/default ./mocks/seed/default
COPY config ./config
USER node
EXPOSE 8080
CMD ["node", "src/cli.ts", "serve"]
