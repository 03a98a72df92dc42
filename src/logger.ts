import { pino, type Logger } from 'pino';

/**
 * Log paths whose values never reach a log line: secrets and personal data. (Request headers
 * are redacted where requests are serialized, in the API's request log.)
 */
export const redactedPaths = [
  '*.password',
  '*.passwd',
  '*.PASSWD',
  '*.connectionParameters.passwd',
  '*.email',
  '*.phone',
];

/** Creates the service's root logger: pino JSON lines with secrets and personal data redacted. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'sap-cs-bridge' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: redactedPaths, censor: '[Redacted]' },
  });
}
