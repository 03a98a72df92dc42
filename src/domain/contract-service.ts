import { sameSapNumber } from './sap-number.ts';
import { NotFoundError, UnprocessableInputError } from '../errors.ts';
import type { ValidationIssue } from '../errors.ts';
import type { ContractPort, MasterDataPort } from '../backends/port.ts';
import { coversDay, dayIn } from './contract-period.ts';
import type { Contract, ContractQuery, NewContract, StoredContract } from './contract.ts';
import { contractCreateKey } from './create-lock-keys.ts';
import { KeyedLock } from './keyed-lock.ts';
import type { KeyedRunner } from './keyed-lock.ts';

/** Settings of the contract use cases. */
export interface ContractServiceOptions {
  /** The SAP system's time zone: its calendar day decides whether a contract is active. */
  timeZone: string;
  clock?: () => Date;
  /** Called with the serial numbers whose coverage a write changed (to drop cached checks). */
  onCoverageChanged?: (serialNumbers: string[]) => void;
  /**
   * Runs the creates of one customer and reference one at a time, lookup and create together;
   * the default holds within this process, a Redis lock across every process that shares it.
   */
  lock?: KeyedRunner;
}

/** The outcome of a create: the contract, and whether this call made it or found it. */
export interface CreateContractResult {
  contract: Contract;
  created: boolean;
}

/** The use cases of service contracts, over whichever SAP backend is configured. */
export class ContractService {
  readonly #contracts: ContractPort;
  readonly #masterData: MasterDataPort;
  readonly #options: ContractServiceOptions;
  readonly #lock: KeyedRunner;

  constructor(
    contracts: ContractPort,
    masterData: MasterDataPort,
    options: ContractServiceOptions,
  ) {
    this.#contracts = contracts;
    this.#masterData = masterData;
    this.#options = options;
    this.#lock = options.lock ?? new KeyedLock();
  }

  /**
   * Makes a contract after checking what SAP knows before anything is written: the customer
   * exists and owns every piece of equipment (UnprocessableInputError naming the field). With an
   * `externalRef`, a contract of the customer that carries it already is answered instead, so a
   * retried create is harmless.
   */
  async create(input: NewContract): Promise<CreateContractResult> {
    const serialNumbers = await this.#checkParties(input);
    try {
      const { externalRef } = input;
      // An empty reference would find every contract of the customer that has none.
      if (externalRef === undefined || externalRef === '') {
        return { contract: this.#withActive(await this.#contracts.create(input)), created: true };
      }
      const key = contractCreateKey(input.customerId, externalRef);
      return await this.#lock.run(key, () => this.#findOrCreate(input, externalRef));
    } finally {
      // Also after a failure: SAP may have committed before the answer was lost.
      if (serialNumbers.length > 0) this.#options.onCoverageChanged?.(serialNumbers);
    }
  }

  /** Reads a contract; throws NotFoundError when SAP does not know it. */
  async get(id: string): Promise<Contract> {
    const contract = await this.#contracts.get(id);
    if (!contract) throw new NotFoundError('Contract', id);
    return this.#withActive(contract);
  }

  /** Lists the contracts matching the query (customer, equipment, reference), newest first. */
  async list(query: ContractQuery): Promise<Contract[]> {
    const { activeOn, limit, offset } = query;
    const summaries = await this.#contracts.listSummaries({
      customerId: query.customerId,
      equipmentId: query.equipmentId,
      externalRef: query.externalRef,
    });
    const matching =
      activeOn === undefined
        ? summaries
        : summaries.filter((c) => coversDay({ from: c.validFrom, to: c.validTo }, activeOn));

    const page = matching.slice(offset, offset + limit).map((contract) => contract.id);
    const contracts = await this.#contracts.getMany(page);
    return contracts.map((contract) => this.#withActive(contract));
  }

  async #findOrCreate(input: NewContract, externalRef: string): Promise<CreateContractResult> {
    const [newest] = await this.#contracts.listSummaries({
      customerId: input.customerId,
      externalRef,
    });
    const existing = newest === undefined ? null : await this.#contracts.get(newest.id);
    if (existing) return { contract: this.#withActive(existing), created: false };

    return { contract: this.#withActive(await this.#contracts.create(input)), created: true };
  }

  /** Checks customer and equipment; answers the serial numbers of the equipment. */
  async #checkParties(input: NewContract): Promise<string[]> {
    const issues: ValidationIssue[] = [];
    const customer = await this.#masterData.getCustomer(input.customerId);
    if (!customer) {
      issues.push({
        path: 'customerId',
        code: 'unknown_customer',
        message: `SAP does not know customer ${input.customerId}.`,
      });
    }

    const serialNumbers: string[] = [];
    for (const [index, equipmentId] of input.equipmentIds.entries()) {
      const equipment = await this.#masterData.getEquipment(equipmentId);
      const path = `equipmentIds.${index}`;
      if (!equipment) {
        issues.push({
          path,
          code: 'unknown_equipment',
          message: `SAP does not know equipment ${equipmentId}.`,
        });
        continue;
      }
      if (
        customer &&
        (equipment.customerId === null || !sameSapNumber(equipment.customerId, customer.id))
      ) {
        issues.push({
          path,
          code: 'equipment_of_another_customer',
          message: `Equipment ${equipmentId} does not belong to customer ${customer.id}.`,
        });
      }
      if (equipment.serialNumber !== null) serialNumbers.push(equipment.serialNumber);
    }

    if (issues.length > 0) {
      const fields = [...new Set(issues.map((issue) => issue.path))].join(', ');
      throw new UnprocessableInputError(issues, `SAP cannot make this contract: ${fields}.`);
    }
    return serialNumbers;
  }

  #withActive(contract: StoredContract): Contract {
    const today = dayIn(this.#options.timeZone, this.#options.clock?.() ?? new Date());
    return {
      ...contract,
      active: coversDay({ from: contract.validFrom, to: contract.validTo }, today),
    };
  }
}
