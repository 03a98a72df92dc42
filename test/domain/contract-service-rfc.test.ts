import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SapBackend } from '../../src/backends/port.ts';
import type { NewContract } from '../../src/domain/contract.ts';
import { ContractService } from '../../src/domain/contract-service.ts';
import type { ContractServiceOptions } from '../../src/domain/contract-service.ts';
import { KeyedLock } from '../../src/domain/keyed-lock.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';
import { WarrantySeedLookup } from '../api/warranty-seed-lookup.ts';
import type { SeedMachine } from '../api/warranty-seed-lookup.ts';
import { openMockSapBackend, recordingRunner } from '../support/mock-sap-backend.ts';

describe('ContractService.create over the RFC backend', () => {
  let backend: SapBackend;
  let sap: MockSap;
  let machine: SeedMachine;

  beforeEach(() => {
    ({ backend, sap } = openMockSapBackend());
    const [first] = new WarrantySeedLookup(sap).uncoveredMachines();
    if (!first) throw new Error('the seed has no machine without coverage');
    machine = first;
  });

  afterEach(() => backend.close());

  function service(options: Partial<ContractServiceOptions> = {}): ContractService {
    return new ContractService(backend.contracts, backend.masterData, {
      timeZone: 'UTC',
      ...options,
    });
  }

  function warrantyExtension(externalRef: string | undefined): NewContract {
    return {
      type: 'warranty-extension',
      customerId: machine.customerId,
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
      equipmentIds: [machine.equipmentId],
      coverage: { laborPercent: 100, partsPercent: 100, travelPercent: 0 },
      externalRef,
    };
  }

  // The contracts SAP holds with the customer reference (VBAK-BSTNK).
  const withReference = (ref: string) => sap.select('VBAK', (row) => row.BSTNK === ref);

  it('answers the contract a retried create made before, and creates no second one', async () => {
    const contracts = service();

    const first = await contracts.create(warrantyExtension('CRM-H2-1'));
    const again = await contracts.create(warrantyExtension('CRM-H2-1'));

    expect(first.created).toBe(true);
    expect(again).toEqual({ contract: first.contract, created: false });
    expect(withReference('CRM-H2-1')).toHaveLength(1);
  });

  it('makes one contract when two creates of one reference run at the same time', async () => {
    const contracts = service();

    const answers = await Promise.all([
      contracts.create(warrantyExtension('CRM-H2-2')),
      contracts.create({
        ...warrantyExtension('CRM-H2-2'),
        customerId: machine.customerId.padStart(10, '0'),
      }),
    ]);

    expect(answers.map((answer) => answer.created).sort()).toEqual([false, true]);
    expect(answers[0].contract.id).toBe(answers[1].contract.id);
    expect(withReference('CRM-H2-2')).toHaveLength(1);
  });

  it('makes one contract when two services share the lock, as processes share Redis', async () => {
    const lock = new KeyedLock();

    const answers = await Promise.all([
      service({ lock }).create(warrantyExtension('CRM-H2-3')),
      service({ lock }).create(warrantyExtension('CRM-H2-3')),
    ]);

    expect(answers.map((answer) => answer.created).sort()).toEqual([false, true]);
    expect(withReference('CRM-H2-3')).toHaveLength(1);
  });

  it('creates a contract each time when no reference is given', async () => {
    const contracts = service();

    const first = await contracts.create(warrantyExtension(undefined));
    const second = await contracts.create(warrantyExtension(undefined));

    expect([first.created, second.created]).toEqual([true, true]);
    expect(second.contract.id).not.toBe(first.contract.id);
  });

  it('runs a create with a reference under the lock given, keyed by customer and reference', async () => {
    const lock = recordingRunner();

    await service({ lock }).create({
      ...warrantyExtension('CRM-H2-4'),
      customerId: machine.customerId.padStart(10, '0'),
    });

    expect(lock.keys).toEqual([`contract:${machine.customerId}:CRM-H2-4`]);
  });

  it('lists the contracts made with a reference', async () => {
    const contracts = service();
    const { contract } = await contracts.create(warrantyExtension('CRM-H2-5'));
    await contracts.create(warrantyExtension('CRM-H2-6'));

    const listed = await contracts.list({ externalRef: 'CRM-H2-5', limit: 10, offset: 0 });

    expect(listed).toEqual([contract]);
  });
});
