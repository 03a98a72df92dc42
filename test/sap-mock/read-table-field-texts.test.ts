import { beforeEach, describe, expect, it } from 'vitest';
import { createTestSap, openClient } from './mock-sap-fixture.ts';
import { tableDefinitions } from '../../src/sap-mock/ddic/tables.ts';
import type { MockRfcClient } from '../../src/sap-mock/index.ts';

/** A line of RFC_READ_TABLE's FIELDS table as the tests read it. */
interface FieldLine {
  FIELDNAME: string;
  FIELDTEXT: string;
}

const readableTables = [...tableDefinitions.values()]
  .filter((definition) => definition.readable)
  .map((definition) => ({ table: definition.name, fields: [...definition.fields.keys()] }));

describe('RFC_READ_TABLE field texts', () => {
  let client: MockRfcClient;

  beforeEach(async () => {
    client = await openClient(createTestSap());
  });

  it('covers the order, contract and master data tables', () => {
    const tables = readableTables.map(({ table }) => table);

    expect(tables).toEqual(
      expect.arrayContaining(['AUFK', 'AFRU', 'MSEG', 'CRTX', 'KONV', 'QMEL']),
    );
  });

  it.each(readableTables)(
    'answers a FIELDTEXT for every field of $table',
    async ({ table, fields }) => {
      // One field per request: a whole row of a wide table may not fit RFC_READ_TABLE's 512 bytes.
      const texts: FieldLine[] = [];
      for (const field of fields) {
        const result = await client.call('RFC_READ_TABLE', {
          QUERY_TABLE: table,
          NO_DATA: 'X',
          FIELDS: [{ FIELDNAME: field }],
        });
        texts.push(...(result['FIELDS'] as FieldLine[]));
      }

      const blank = texts.filter((row) => row.FIELDTEXT.trim() === '').map((row) => row.FIELDNAME);
      expect(texts.map((row) => row.FIELDNAME)).toEqual(fields);
      expect(blank).toEqual([]);
    },
  );
});
