import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMappings } from '../../src/backends/mapping/load-mappings.ts';
import { loadConfig } from '../../src/config/config.ts';

const shipped = loadConfig({}).MAPPINGS_DIR;

function directoryWith(content: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'mappings-'));
  writeFileSync(join(directory, 'notification.rfc.yaml'), content);
  return directory;
}

describe('mapping files', () => {
  it('loads the shipped mappings of every object', () => {
    const mappings = loadMappings(shipped, 'rfc', 'UTC');

    expect(mappings.objects().sort()).toEqual([
      'billing',
      'contract',
      'customer',
      'equipment',
      'notification',
      'order',
      'part',
      'warranty',
    ]);
  });

  it('stops with a message naming the file and the field when a field is wrong', () => {
    const directory = directoryWith(
      'object: notification\nbackend: rfc\nfields:\n  subject: { sap: SHORT_TEXT, conversion: text }\n',
    );

    expect(() => loadMappings(directory, 'rfc', 'UTC')).toThrow(
      /notification\.rfc\.yaml is not valid:\n\s+fields\.subject\.conversion:/,
    );
  });

  it('stops when a field names a value table that does not exist', () => {
    const directory = directoryWith(
      'object: notification\nbackend: rfc\nfields:\n  priority: { sap: PRIORITY, conversion: code, values: prio }\n',
    );

    expect(() => loadMappings(directory, 'rfc', 'UTC')).toThrow(
      /fields\.priority\.values: no value table 'prio'/,
    );
  });

  it('stops when a file is not YAML', () => {
    const directory = directoryWith('object: [notification\n');

    expect(() => loadMappings(directory, 'rfc', 'UTC')).toThrow(/is not valid YAML/);
  });

  it('converts API values to SAP internal format and back', () => {
    const notification = loadMappings(shipped, 'rfc', 'Europe/Berlin').require('notification');
    const sap = notification.toSap({
      equipmentId: '10000001',
      materialId: 'esp-3000',
      priority: 'high',
      breakdown: true,
      requiredStart: '2026-07-01T06:30:00Z',
    });

    expect(sap).toEqual({
      EQUIPMENT: '000000000010000001',
      MATERIAL: 'ESP-3000',
      PRIORITY: '2',
      BREAKDOWN: 'X',
      DESSTDATE: '20260701',
      DESSTTIME: '083000',
    });
    expect(
      notification.fromSap({ ...sap, DESSTDATE: '20260701', DESSTTIME: '083000' }),
    ).toMatchObject({
      equipmentId: '10000001',
      priority: 'high',
      breakdown: true,
      requiredStart: '2026-07-01T06:30:00Z',
    });
  });

  it('refuses a value longer than its SAP field, naming the API field', () => {
    const notification = loadMappings(shipped, 'rfc', 'UTC').require('notification');

    expect(() => notification.toSap({ subject: 'x'.repeat(41) })).toThrow(
      expect.objectContaining({
        status: 400,
        issues: [
          expect.objectContaining({ path: 'subject', message: "longer than SAP's 40 characters" }),
        ],
      }),
    );
  });
});
