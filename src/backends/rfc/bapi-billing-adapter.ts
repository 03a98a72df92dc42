import type {
  BillingDocuments,
  BillingReference,
  CoverageShares,
  DebitMemoRequestInput,
  InvoiceQuery,
  InvoiceRecord,
  LaborWork,
  OrderPriceList,
  Price,
} from '../../domain/billing.ts';
import { laborPriceKey } from '../../domain/billing.ts';
import type { ContractType } from '../../domain/contract.ts';
import { dayIn } from '../../domain/contract-period.ts';
import { normaliseDecimal } from '../../domain/order-decimal.ts';
import { AppError, SapConflictError, SapLockedError, SapRefusedError } from '../../errors.ts';
import type { AppError as AppErrorType, SapMessage } from '../../errors.ts';
import type { ObjectMapping } from '../mapping/object-mapping.ts';
import { fromAlpha, fromSapDecimal, toAlpha, toDats } from '../mapping/sap-formats.ts';
import type { BillingPort } from '../port.ts';
import { callBapi, isRefusal, matchesMessage, readReturn } from './bapi-return.ts';
import { billingSettingsSchema, laborMaterialOf } from './billing-settings.ts';
import type { BillingSettings } from './billing-settings.ts';
import { debitMemoRequestParameters } from './debit-memo-request-input.ts';
import { InvoiceReader, invoiceHeaderFields } from './invoice-reader.ts';
import { textField } from './order-settings.ts';
import type { RfcConnection, RfcGateway } from './rfc-gateway.ts';
import { readTable, readTableIn } from './rfc-read-table.ts';
import type { TableCondition } from './rfc-read-table.ts';
import { sapLanguageKey } from './sap-language.ts';
import { SdPricingReader } from './sd-pricing-reader.ts';

type Row = Record<string, string>;

/**
 * Billing through SD and FI: prices from SD pricing, a debit memo request made with
 * SD_SALESDOCUMENT_CREATE (committed), billed with BAPI_BILLINGDOC_CREATEMULTIPLE (which
 * commits by itself and posts the accounting document), invoices read from the SD and FI
 * tables. SAP's resource-related billing (DP90) has no BAPI, so the lines come from the service.
 */
export class BapiBillingAdapter implements BillingPort {
  readonly #gateway: RfcGateway;
  readonly #mapping: ObjectMapping;
  readonly #settings: BillingSettings;
  readonly #pricing: SdPricingReader;
  readonly #invoices: InvoiceReader;

  constructor(
    gateway: RfcGateway,
    mapping: ObjectMapping,
    options: { languageIso: string; timeZone: string },
  ) {
    this.#gateway = gateway;
    this.#mapping = mapping;
    this.#settings = mapping.readSettings(billingSettingsSchema);
    this.#pricing = new SdPricingReader(this.#settings, sapLanguageKey(options.languageIso));
    this.#invoices = new InvoiceReader(this.#settings, () => dayIn(options.timeZone, new Date()));
  }

  async warrantyShares(masterWarrantyIds: readonly string[]): Promise<Map<string, CoverageShares>> {
    const s = this.#settings.warrantyShares;
    const rows = await this.#gateway.withConnection((connection) =>
      readTableIn(
        connection,
        { table: s.table, fields: ['MGANR', 'LEART', 'PROZS'] },
        'MGANR',
        masterWarrantyIds.map((id) => toAlpha(id, 20)),
      ),
    );

    const shares = new Map<string, CoverageShares>(
      masterWarrantyIds.map((id) => [id, { labor: '0', parts: '0', travel: '0' }]),
    );
    for (const row of rows) {
      const entry = shares.get(fromAlpha(row['MGANR'] ?? ''));
      if (entry === undefined) continue;
      const share = normaliseDecimal(fromSapDecimal(row['PROZS']));
      for (const kind of ['labor', 'parts', 'travel'] as const) {
        if (row['LEART'] === s.serviceTypes[kind]) entry[kind] = share;
      }
    }
    return shares;
  }

  async priceOrderWork(request: {
    customerId: string;
    pricingDate: string;
    labor: readonly LaborWork[];
    materialIds: readonly string[];
  }): Promise<OrderPriceList> {
    const s = this.#settings;
    const laborMaterials = new Map(
      request.labor.map((work) => [laborPriceKey(work), laborMaterialOf(s, work)]),
    );
    const wanted = [...laborMaterials.values(), ...request.materialIds, s.travelMaterial];
    const prices = await this.#gateway.withConnection((connection) =>
      this.#pricing.prices(
        connection,
        this.#customer(request.customerId),
        wanted.map((id) => this.#material(id)),
        request.pricingDate,
      ),
    );

    const labor = new Map<string, Price>();
    for (const [key, material] of laborMaterials) {
      const price = prices.get(material);
      if (price !== undefined) labor.set(key, price);
    }
    const travel = prices.get(s.travelMaterial) ?? null;
    const parts = new Map(
      request.materialIds.flatMap((id) => {
        const price = prices.get(id);
        return price === undefined ? [] : [[id, price] as const];
      }),
    );
    return { labor, parts, travel };
  }

  async feeMaterial(
    customerId: string,
    contractType: ContractType,
    pricingDate: string,
  ): Promise<Omit<Price, 'amount' | 'per'>> {
    const material = this.#settings.feeMaterials[contractType] ?? '';
    const found = await this.#gateway.withConnection((connection) =>
      this.#pricing.unpricedMaterials(
        connection,
        this.#customer(customerId),
        [this.#material(material)],
        pricingDate,
      ),
    );
    const terms = found.get(material);
    if (terms === undefined) {
      throw new AppError(
        'SAP_INCONSISTENT',
        502,
        `SAP does not know material ${material}, which bills ${contractType} contract fees.`,
      );
    }
    return terms;
  }

  findBilling(reference: BillingReference): Promise<BillingDocuments | null> {
    return this.#gateway.withConnection(async (connection) => {
      const requests = await this.#requestsFor(connection, reference);
      if (requests.length === 0) return null;

      const flow = await this.#documentFlow(connection, requests);
      const documents = await readTableIn(
        connection,
        { table: 'VBRK', fields: ['VBELN', 'FKSTO'] },
        'VBELN',
        flow.map((row) => row['VBELN'] ?? ''),
      );
      const live = new Set(
        documents.filter((row) => row['FKSTO'] !== 'X').map((row) => row['VBELN'] ?? ''),
      );
      const billed = flow.find((row) => live.has(row['VBELN'] ?? ''));
      if (billed !== undefined) {
        return {
          debitMemoRequestId: fromAlpha(billed['VBELV'] ?? ''),
          invoiceId: fromAlpha(billed['VBELN'] ?? ''),
        };
      }
      // The latest request that no live billing document bills yet.
      const latest = [...requests].sort().at(-1) ?? '';
      return { debitMemoRequestId: fromAlpha(latest), invoiceId: null };
    });
  }

  async createDebitMemoRequest(input: DebitMemoRequestInput): Promise<string> {
    const parameters = debitMemoRequestParameters(input, this.#settings, {
      customer: (id) => this.#customer(id),
      material: (id) => this.#material(id),
    });
    const number = await this.#gateway.inLuw(async (connection) => {
      const result = await callBapi(connection, 'SD_SALESDOCUMENT_CREATE', parameters, (messages) =>
        this.#refusal(messages),
      );
      return textField(result, 'SALESDOCUMENT_EX');
    });
    return fromAlpha(number);
  }

  createInvoice(debitMemoRequestId: string): Promise<string> {
    const s = this.#settings;
    return this.#gateway.withConnection(async (connection) => {
      const result = await connection.call('BAPI_BILLINGDOC_CREATEMULTIPLE', {
        BILLINGDATAIN: [
          {
            SALESORG: s.salesOrganization,
            DISTR_CHAN: s.distributionChannel,
            DIVISION: s.division,
            ORDBILLTYP: s.billingType,
            REF_DOC: toAlpha(debitMemoRequestId, 10),
            REF_DOC_CA: 'L',
          },
        ],
      });
      const messages = readReturn(result.RETURN);
      if (isRefusal(messages)) throw this.#refusal(messages);

      const success = Array.isArray(result.SUCCESS) ? (result.SUCCESS as Row[]) : [];
      const number = success.find((row) => (row['BILL_DOC'] ?? '').trim() !== '')?.['BILL_DOC'];
      if (number === undefined) {
        throw new AppError(
          'SAP_INCONSISTENT',
          502,
          `SAP billed debit memo request ${debitMemoRequestId} but named no billing document.`,
        );
      }
      return fromAlpha(number.trim());
    });
  }

  cancelInvoice(id: string): Promise<void> {
    return this.#gateway.withConnection(async (connection) => {
      // BAPI_BILLINGDOC_CANCEL1 commits by itself (NO_COMMIT blank).
      const result = await connection.call('BAPI_BILLINGDOC_CANCEL1', {
        BILLINGDOCUMENT: toAlpha(id, 10),
      });
      const messages = readReturn(result.RETURN);
      if (isRefusal(messages)) throw this.#refusal(messages);
    });
  }

  getInvoice(id: string): Promise<InvoiceRecord | null> {
    if (!/^\d{1,10}$/.test(id)) return Promise.resolve(null);
    return this.#gateway.withConnection(async (connection) => {
      const headers = await this.#headers(connection, [
        { field: 'VBELN', op: '=', value: toAlpha(id, 10) },
      ]);
      const [invoice] = await this.#invoices.assemble(connection, headers);
      return invoice ?? null;
    });
  }

  listInvoices(query: InvoiceQuery): Promise<InvoiceRecord[]> {
    return this.#gateway.withConnection(async (connection) => {
      const where: TableCondition[] = [];
      if (query.customerId !== undefined) {
        where.push({ field: 'KUNAG', op: '=', value: this.#customer(query.customerId) });
      }
      if (query.issuedFrom !== undefined) {
        where.push({ field: 'FKDAT', op: '>=', value: toDats(query.issuedFrom) });
      }
      if (query.issuedTo !== undefined) {
        where.push({ field: 'FKDAT', op: '<=', value: toDats(query.issuedTo) });
      }
      let headers = (await this.#headers(connection, where)).sort((a, b) =>
        (b['VBELN'] ?? '').localeCompare(a['VBELN'] ?? ''),
      );

      // An order's or contract's invoices: through the document flow of its requests.
      const requestSelection = this.#requestSelection(query);
      if (requestSelection !== undefined) {
        const requests = await this.#requestNumbers(connection, requestSelection);
        const flow = await this.#documentFlow(connection, requests);
        const billed = new Set(flow.map((row) => row['VBELN'] ?? ''));
        headers = headers.filter((header) => billed.has(header['VBELN'] ?? ''));
      }
      // A status needs the accounting documents and open items only, not the lines.
      const statuses = query.status;
      if (statuses !== undefined) {
        const accounting = await this.#invoices.accounting(connection, headers);
        headers = headers.filter((header) => {
          const status = accounting.get(header['VBELN'] ?? '')?.status ?? 'open';
          return statuses.includes(status);
        });
      }
      const page = headers.slice(query.offset, query.offset + query.limit);
      return this.#invoices.assemble(connection, page);
    });
  }

  // The VBAK selection of the requests that bill the query's order or contract, if it names one.
  #requestSelection(query: InvoiceQuery): TableCondition[] | undefined {
    if (query.orderId !== undefined) {
      return [{ field: 'AUFNR', op: '=', value: toAlpha(query.orderId, 12) }];
    }
    if (query.contractId !== undefined) {
      return [
        { field: 'VGBEL', op: '=', value: toAlpha(query.contractId, 10) },
        { field: 'VGTYP', op: '=', value: 'G' },
      ];
    }
    return undefined;
  }

  // The debit memo requests (internal numbers) of our type matching a VBAK selection.
  async #requestNumbers(connection: RfcConnection, where: TableCondition[]): Promise<string[]> {
    const rows = await readTable(connection, {
      table: 'VBAK',
      fields: ['VBELN'],
      where: [
        ...where,
        { field: 'VBTYP', op: '=', value: 'L' },
        { field: 'AUART', op: '=', value: this.#settings.debitMemoRequestType },
      ],
    });
    return rows.map((row) => row['VBELN'] ?? '');
  }

  // The document flow from requests to their billing documents: VBELV request, VBELN invoice.
  #documentFlow(connection: RfcConnection, requests: readonly string[]): Promise<Row[]> {
    return readTableIn(
      connection,
      {
        table: 'VBFA',
        fields: ['VBELV', 'VBELN'],
        where: [{ field: 'VBTYP_N', op: '=', value: 'P' }],
      },
      'VBELV',
      requests,
    );
  }

  // Billing document headers of our billing type (debit memos) matching a selection.
  #headers(connection: RfcConnection, where: TableCondition[]): Promise<Row[]> {
    return readTable(connection, {
      table: 'VBRK',
      fields: invoiceHeaderFields,
      where: [
        ...where,
        { field: 'VBTYP', op: '=', value: 'P' },
        { field: 'FKART', op: '=', value: this.#settings.billingType },
      ],
    });
  }

  // The debit memo requests (internal numbers) that bill an order or a contract's period.
  async #requestsFor(connection: RfcConnection, reference: BillingReference): Promise<string[]> {
    if (reference.kind === 'order') {
      return this.#requestNumbers(connection, [
        { field: 'AUFNR', op: '=', value: toAlpha(reference.orderId, 12) },
      ]);
    }

    const requests = await this.#requestNumbers(connection, [
      { field: 'VGBEL', op: '=', value: toAlpha(reference.contractId, 10) },
      { field: 'VGTYP', op: '=', value: 'G' },
    ]);
    const data = await readTableIn(
      connection,
      {
        table: 'VBKD',
        fields: ['VBELN'],
        where: [
          { field: 'POSNR', op: '=', value: '000000' },
          { field: 'FBUDA', op: '=', value: toDats(reference.period.startsOn) },
        ],
      },
      'VBELN',
      requests,
    );
    return data.map((row) => row['VBELN'] ?? '');
  }

  #refusal(messages: SapMessage[]): AppErrorType {
    const errors = messages.filter((m) => m.type === 'E' || m.type === 'A' || m.type === 'X');
    const any = (keys: readonly string[]) => errors.some((m) => matchesMessage(m, keys));
    if (any(this.#settings.messages.locked)) return new SapLockedError(messages);
    if (any(this.#settings.messages.notCancellable)) return new SapConflictError(messages);
    return new SapRefusedError(messages);
  }

  #customer(customerId: string): string {
    return this.#mapping.toSapValue('customerId', customerId);
  }

  #material(materialId: string): string {
    return this.#mapping.toSapValue('materialId', materialId);
  }
}
