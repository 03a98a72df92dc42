import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MockRfcClient, MockSap } from '../../src/sap-mock/index.ts';
import { field, loadTable } from '../seed/load-seed.ts';

type Line = Record<string, unknown>;

const seedNow = new Date('2026-11-30T10:00:00Z');
const equipment = loadTable('EQUI');
const seededContract = field(loadTable('VBAK')[0] ?? {}, 'VBELN');
const seededObjectList = loadTable('SER02').find((row) => field(row, 'SDAUFNR') === seededContract);
const seededEntries = loadTable('OBJK').filter(
  (row) => field(row, 'OBKNR') === field(seededObjectList ?? {}, 'OBKNR'),
);
const listedEquipment = new Set(seededEntries.map((row) => field(row, 'EQUNR')));
// Machines of the contract's customer that its object list does not hold yet.
const contractCustomer = field(loadTable('VBAK')[0] ?? {}, 'KUNNR');
const unlisted = equipment.filter(
  (row) => field(row, 'KUND1') === contractCustomer && !listedEquipment.has(field(row, 'EQUNR')),
);
const objectListRange = loadTable('NRIV').find((row) => field(row, 'OBJECT') === 'OBJLIST');
const nextObjectList = String(Number(field(objectListRange ?? {}, 'NRLEVEL')) + 1).padStart(
  20,
  '0',
);

const newContract = {
  CONTRACT_HEADER_IN: { DOC_TYPE: 'ZWEX', SALES_ORG: '1000', DISTR_CHAN: '10', DIVISION: '00' },
  CONTRACT_ITEMS_IN: [{ ITM_NUMBER: '000010', MATERIAL: 'SRV-WARR-EXT' }],
  CONTRACT_PARTNERS: [{ PARTN_ROLE: 'SP', PARTN_NUMB: field(equipment[0] ?? {}, 'KUND1') }],
};

describe('Z_CSB_CONTRACT_OBJECTS_ADD', () => {
  let sap: MockSap;

  beforeAll(() => {
    sap = MockSap.create({ clock: () => seedNow });
  });

  beforeEach(() => {
    sap.reset();
  });

  async function open(user = 'cs_bridge'): Promise<MockRfcClient> {
    return new MockRfcClient(sap, { user, client: '100', lang: 'EN' }).open();
  }

  async function addObjects(
    client: MockRfcClient,
    salesDocument: string,
    equipmentNumbers: string[],
    item = '000010',
  ): Promise<Line[]> {
    const result = await client.call('Z_CSB_CONTRACT_OBJECTS_ADD', {
      IV_SALESDOCUMENT: salesDocument,
      IV_ITEM: item,
      IT_EQUIPMENT: equipmentNumbers.map((EQUNR) => ({ EQUNR })),
    });
    return result['RETURN'] as Line[];
  }

  it('adds equipment to a contract saved in the same LUW, written on commit', async () => {
    const client = await open();
    const created = await client.call('BAPI_CONTRACT_CREATEFROMDATA', newContract);
    const number = String(created['SALESDOCUMENT']);
    const machine = equipment[0] ?? {};

    expect(await addObjects(client, number, [field(machine, 'EQUNR')])).toEqual([]);
    expect(sap.select('SER02', (row) => row['SDAUFNR'] === number)).toEqual([]);
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(sap.select('SER02', (row) => row['SDAUFNR'] === number)).toEqual([
      { OBKNR: nextObjectList, SDAUFNR: number, POSNR: '000010' },
    ]);
    expect(sap.select('OBJK', (row) => row['OBKNR'] === nextObjectList)).toEqual([
      {
        OBKNR: nextObjectList,
        OBZAE: '0001',
        EQUNR: field(machine, 'EQUNR'),
        SERNR: field(machine, 'SERNR'),
        MATNR: field(machine, 'MATNR'),
        TASER: 'SER02',
      },
    ]);
  });

  it('appends to the object list of a committed contract and skips equipment already listed', async () => {
    expect(unlisted.length).toBeGreaterThan(0);
    const client = await open();
    const added = unlisted[0] ?? {};
    const again = [...listedEquipment][0] ?? '';

    const messages = await addObjects(client, seededContract, [again, field(added, 'EQUNR')]);
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(messages).toEqual([]);
    const entries = sap.select('OBJK', (row) => row['OBKNR'] === seededObjectList?.['OBKNR']);
    expect(entries.map((row) => row['EQUNR'])).toEqual([
      ...seededEntries.map((row) => field(row, 'EQUNR')),
      field(added, 'EQUNR'),
    ]);
    expect(entries.at(-1)?.['OBZAE']).toBe(String(seededEntries.length + 1).padStart(4, '0'));
  });

  it('discards the entries on rollback', async () => {
    const client = await open();
    await addObjects(client, seededContract, [field(unlisted[0] ?? {}, 'EQUNR')]);
    await client.call('BAPI_TRANSACTION_ROLLBACK', {});

    const entries = sap.select('OBJK', (row) => row['OBKNR'] === seededObjectList?.['OBKNR']);
    expect(entries).toHaveLength(seededEntries.length);
  });

  it('refuses unknown equipment with IE 115 and adds none of the list', async () => {
    const client = await open();
    const known = field(unlisted[0] ?? {}, 'EQUNR');

    const messages = await addObjects(client, seededContract, [known, '000000000099999999']);
    await client.call('BAPI_TRANSACTION_COMMIT', { WAIT: 'X' });

    expect(messages).toEqual([
      expect.objectContaining({
        TYPE: 'E',
        ID: 'IE',
        NUMBER: '115',
        MESSAGE_V1: '000000000099999999',
        PARAMETER: 'IT_EQUIPMENT',
        ROW: 2,
      }),
    ]);
    const entries = sap.select('OBJK', (row) => row['OBKNR'] === seededObjectList?.['OBKNR']);
    expect(entries).toHaveLength(seededEntries.length);
  });

  it('refuses an unknown document and an unknown item with V1 302', async () => {
    const client = await open();
    const machine = field(unlisted[0] ?? {}, 'EQUNR');

    const noDocument = await addObjects(client, '0049999999', [machine]);
    const noItem = await addObjects(client, seededContract, [machine], '000020');

    expect(noDocument).toEqual([
      expect.objectContaining({ ID: 'V1', NUMBER: '302', PARAMETER: 'IV_SALESDOCUMENT' }),
    ]);
    expect(noItem).toEqual([
      expect.objectContaining({ ID: 'V1', NUMBER: '302', PARAMETER: 'IV_ITEM' }),
    ]);
  });

  it('does not see a contract another session has not committed yet', async () => {
    const writer = await open('writer');
    const other = await open('other');
    const created = await writer.call('BAPI_CONTRACT_CREATEFROMDATA', newContract);

    const messages = await addObjects(other, String(created['SALESDOCUMENT']), [
      field(equipment[0] ?? {}, 'EQUNR'),
    ]);
    expect(messages).toEqual([expect.objectContaining({ ID: 'V1', NUMBER: '302' })]);
  });
});
