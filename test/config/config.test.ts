import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.ts';

describe('configuration', () => {
  it('defaults to the mock SAP on 127.0.0.1:8080', () => {
    const config = loadConfig({});

    expect(config).toMatchObject({ SAP_BACKEND: 'mock', HOST: '127.0.0.1', PORT: 8080 });
  });

  it('names every bad setting and the value it got', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', SAP_BACKEND: 'soap', SAP_TIMEZONE: 'Mars/Base' }),
    ).toThrow(
      /PORT: .*\(got 'eighty'\)[\s\S]*SAP_BACKEND: .*\(got 'soap'\)[\s\S]*SAP_TIMEZONE: not a known IANA time zone/,
    );
  });

  it('asks for the connection settings when SAP_BACKEND=rfc has no destination', () => {
    expect(() => loadConfig({ SAP_BACKEND: 'rfc', SAP_RFC_ASHOST: 'sap.example' })).toThrow(
      /SAP_RFC_SYSNR: required with SAP_BACKEND=rfc[\s\S]*SAP_RFC_CLIENT[\s\S]*SAP_RFC_USER/,
    );
  });

  it('accepts a sapnwrfc.ini destination instead of host settings', () => {
    const config = loadConfig({ SAP_BACKEND: 'rfc', SAP_RFC_DEST: 'QAS' });

    expect(config.SAP_RFC_DEST).toBe('QAS');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(8080);
  });

  it('caches warranty checks for 60 seconds and at most 100 000 answers by default', () => {
    const config = loadConfig({});

    expect(config.WARRANTY_CACHE_TTL_SECONDS).toBe(60);
    expect(config.WARRANTY_CACHE_MAX_ENTRIES).toBe(100_000);
  });

  it('accepts 0 as the warranty cache TTL and refuses a negative one', () => {
    expect(loadConfig({ WARRANTY_CACHE_TTL_SECONDS: '0' }).WARRANTY_CACHE_TTL_SECONDS).toBe(0);
    expect(() => loadConfig({ WARRANTY_CACHE_TTL_SECONDS: '-1' })).toThrow(
      /WARRANTY_CACHE_TTL_SECONDS: .*\(got '-1'\)/,
    );
  });

  it('waits 5 s for a queued write and retries for hours by default', () => {
    const config = loadConfig({});

    expect(config).toMatchObject({
      WRITE_WAIT_MS: 5_000,
      WRITE_ATTEMPTS: 50,
      WRITE_BACKOFF_BASE_MS: 1_000,
      WRITE_BACKOFF_MAX_MS: 600_000,
      IDEMPOTENCY_TTL_SECONDS: 86_400,
      SAP_BREAKER_FAILURES: 5,
      SHUTDOWN_TIMEOUT_MS: 25_000,
    });
  });

  it('names a queue name BullMQ cannot take and a mock SAP address that is not http', () => {
    expect(() =>
      loadConfig({ WRITE_QUEUE_NAME: 'sap:writes', MOCK_SAP_URL: 'ftp://127.0.0.1' }),
    ).toThrow(/WRITE_QUEUE_NAME: .*\(got 'sap:writes'\)[\s\S]*MOCK_SAP_URL: .*\(got 'ftp/);
  });
});
