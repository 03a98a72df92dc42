import { NotFoundError, SapLockedError, SapRefusedError } from '../../errors.ts';
import type { SapMessage } from '../../errors.ts';
import type {
  ContractFilter,
  ContractType,
  NewContract,
  StoredContract,
} from '../../domain/contract.ts';
import type { ContractSummary } from '../../domain/warranty.ts';
import type { ObjectMapping } from '../mapping/object-mapping.ts';
import { fromAlpha, toAlpha, toDatsTims } from '../mapping/sap-formats.ts';
import type { ContractPort } from '../port.ts';
import { callBapi, matchesMessage, readReturn } from './bapi-return.ts';
import { buildConditions, readConditions } from './contract-conditions.ts';
import { ContractSelection } from './contract-selection.ts';
import { contractSettingsSchema } from './contract-settings.ts';
import type { ContractSettings } from './contract-settings.ts';
import type { RfcConnection, RfcGateway } from './rfc-gateway.ts';

/** Options of the contract adapter. */
export interface BapiContractAdapterOptions {
  /** The SAP system's time zone, for the day a contract is signed. */
  timeZone: string;
  clock?: () => Date;
}

// The views of BAPISDORDER_GETDETAILEDLIST a contract needs; SAP fills only what is asked for.
const contractView = { HEADER: 'X', ITEM: 'X', PARTNER: 'X', SDCOND: 'X', CONTRACT: 'X' };

/**
 * Service contracts over BAPI_CONTRACT_CREATEFROMDATA, the object-list wrapper and
 * BAPISDORDER_GETDETAILEDLIST; searches through RFC_READ_TABLE.
 */
export class BapiContractAdapter implements ContractPort {
  readonly #gateway: RfcGateway;
  readonly #mapping: ObjectMapping;
  readonly #settings: ContractSettings;
  readonly #selection: ContractSelection;
  readonly #options: BapiContractAdapterOptions;

  constructor(gateway: RfcGateway, mapping: ObjectMapping, options: BapiContractAdapterOptions) {
    this.#gateway = gateway;
    this.#mapping = mapping;
    this.#settings = mapping.readSettings(contractSettingsSchema);
    this.#selection = new ContractSelection(this.#settings, mapping);
    this.#options = options;
  }

  async create(input: NewContract): Promise<StoredContract> {
    const settings = this.#settings;
    const header = this.#mapping.toSap({
      type: input.type,
      validFrom: input.validFrom,
      validTo: input.validTo,
      externalRef: input.externalRef,
    });
    const conditions = buildConditions(input, settings, this.#mapping);
    const [today] = toDatsTims(this.#options.clock?.() ?? new Date(), this.#options.timeZone);

    const number = await this.#gateway.inLuw(async (connection) => {
      const created = await this.#callBapi(connection, 'BAPI_CONTRACT_CREATEFROMDATA', {
        CONTRACT_HEADER_IN: {
          ...header,
          SALES_ORG: settings.salesOrganization,
          DISTR_CHAN: settings.distributionChannel,
          DIVISION: settings.division,
          CURRENCY: input.fee?.amount.currency ?? '',
        },
        CONTRACT_HEADER_INX: { UPDATEFLAG: 'I' },
        CONTRACT_ITEMS_IN: [
          {
            ITM_NUMBER: settings.itemNumber,
            MATERIAL: settings.serviceProducts[input.type],
            TARGET_QTY: settings.itemQuantity,
            TARGET_QU: settings.itemUnit,
          },
        ],
        CONTRACT_PARTNERS: [
          {
            PARTN_ROLE: settings.soldToPartnerFunction,
            PARTN_NUMB: toAlpha(input.customerId, 10),
            ITM_NUMBER: '000000',
          },
        ],
        CONTRACT_CONDITIONS_IN: conditions,
        CONTRACT_DATA_IN: [
          {
            ITM_NUMBER: '000000',
            CON_ST_DAT: header.CT_VALID_F ?? '',
            CON_EN_DAT: header.CT_VALID_T ?? '',
            CON_SI_DAT: today,
          },
        ],
      });
      const salesDocument = text(created.SALESDOCUMENT);
      if (salesDocument === '') throw new SapRefusedError(readReturn(created.RETURN));

      await this.#callBapi(connection, settings.objectListFunction, {
        IV_SALESDOCUMENT: salesDocument,
        IV_ITEM: settings.itemNumber,
        IT_EQUIPMENT: input.equipmentIds.map((id) => ({ EQUNR: toAlpha(id, 18) })),
      });
      return salesDocument;
    });

    const contract = await this.get(fromAlpha(number));
    if (!contract) throw new NotFoundError('Contract', fromAlpha(number));
    return contract;
  }

  async get(id: string): Promise<StoredContract | null> {
    const [contract] = await this.getMany([id]);
    return contract ?? null;
  }

  getMany(ids: readonly string[]): Promise<StoredContract[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.#gateway.withConnection((connection) => this.#read(connection, ids));
  }

  listSummaries(filter: ContractFilter): Promise<ContractSummary[]> {
    return this.#gateway.withConnection((connection) =>
      this.#selection.summaries(connection, filter),
    );
  }

  async #read(connection: RfcConnection, ids: readonly string[]): Promise<StoredContract[]> {
    // A number that does not fit VBELN cannot name a sales document.
    const numbers = ids.filter((id) => /^[0-9A-Za-z]{1,10}$/.test(id)).map((id) => toAlpha(id, 10));
    if (numbers.length === 0) return [];
    const result = await connection.call('BAPISDORDER_GETDETAILEDLIST', {
      I_BAPI_VIEW: contractView,
      SALES_DOCUMENTS: numbers.map((number) => ({ VBELN: number })),
    });
    const headers = rows(result.ORDER_HEADERS_OUT).filter(
      (row) => text(row.SD_DOC_CAT) === this.#settings.documentCategory,
    );
    const found = numbers.filter((number) =>
      headers.some((row) => text(row.DOC_NUMBER) === number),
    );
    const equipment = await this.#selection.equipmentOf(connection, found);

    const contracts: StoredContract[] = [];
    for (const number of found) {
      const header = headers.find((row) => text(row.DOC_NUMBER) === number) ?? {};
      const contract = this.#toContract(number, header, result, equipment.get(number) ?? []);
      if (contract) contracts.push(contract);
    }
    return contracts;
  }

  #toContract(
    number: string,
    header: Record<string, unknown>,
    result: Record<string, unknown>,
    equipmentIds: string[],
  ): StoredContract | null {
    // The customer reference is PURCH_NO_C when written and PURCH_NO when read.
    const fields = this.#mapping.fromSap({ ...header, PURCH_NO_C: header.PURCH_NO });
    if (fields.type === null) return null;

    const period = rows(result.ORDER_CONTRACTS_OUT).find(
      (row) => text(row.DOC_NUMBER) === number && /^0*$/.test(text(row.ITM_NUMBER)),
    );
    const periodFields = this.#mapping.fromSap({
      CT_VALID_F: period?.CONTSTADAT,
      CT_VALID_T: period?.CONTENDDAT,
    });
    const validFrom = (fields.validFrom ?? periodFields.validFrom) as string | null;
    const validTo = (fields.validTo ?? periodFields.validTo) as string | null;
    if (validFrom === null || validTo === null) return null;

    const conditions = rows(result.ORDER_CONDITIONS_OUT).filter(
      (row) => text(row.SD_DOC) === number,
    );
    return {
      id: fields.id as string,
      type: fields.type as ContractType,
      customerId: (fields.customerId as string | null) ?? '',
      validFrom,
      validTo,
      equipmentIds,
      ...readConditions(conditions, this.#settings, this.#mapping),
      externalRef: fields.externalRef as string | null,
      createdOn: (fields.createdOn as string | null) ?? validFrom,
    };
  }

  /** Calls a BAPI and turns a refusal in its RETURN into the matching service error. */
  async #callBapi(
    connection: RfcConnection,
    functionModule: string,
    parameters: Record<string, unknown>,
  ): Promise<Record<string, unknown>> {
    return callBapi(connection, functionModule, parameters, (messages) => this.#refusal(messages));
  }

  #refusal(messages: SapMessage[]) {
    const errors = messages.filter((m) => m.type === 'E' || m.type === 'A' || m.type === 'X');
    if (errors.some((m) => matchesMessage(m, this.#settings.messages.locked))) {
      return new SapLockedError(messages);
    }
    return new SapRefusedError(messages);
  }
}

function rows(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

function text(value: unknown): string {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value.trim() : '';
}
