import type {
  BillingLine,
  BillingLineKind,
  CoverageReference,
  InvoiceRecord,
  InvoiceStatus,
} from '../../domain/billing.ts';
import { addMoney, parseFraction, roundMoney, unitPriceOf } from '../../domain/money.ts';
import { normaliseDecimal } from '../../domain/order-decimal.ts';
import { fromAlpha, fromDats, fromSapDecimal, toDats } from '../mapping/sap-formats.ts';
import { readReturn, isRefusal } from './bapi-return.ts';
import type { BillingSettings } from './billing-settings.ts';
import { SapRefusedError } from '../../errors.ts';
import type { RfcConnection } from './rfc-gateway.ts';
import { readTableIn } from './rfc-read-table.ts';

type Row = Record<string, string>;

/** The billing document header fields an invoice is read from. */
export const invoiceHeaderFields = [
  'VBELN',
  'FKART',
  'VBTYP',
  'WAERK',
  'KNUMV',
  'FKDAT',
  'BUKRS',
  'GJAHR',
  'KUNAG',
  'NETWR',
  'MWSBK',
  'FKSTO',
];

/**
 * Reads invoices from SD and FI: the billing documents' items (VBRP) and conditions (KONV), the
 * debit memo requests they bill (VBAK, VBKD), their accounting documents (BKPF) and whether
 * the customer's item is still open (BAPI_AR_ACC_GETOPENITEMS). Each step is one call for all
 * the documents at once.
 */
export class InvoiceReader {
  readonly #settings: BillingSettings;
  readonly #today: () => string;

  constructor(settings: BillingSettings, today: () => string) {
    this.#settings = settings;
    this.#today = today;
  }

  /** The invoices of billing document headers (VBRK rows with `invoiceHeaderFields`). */
  async assemble(connection: RfcConnection, headers: readonly Row[]): Promise<InvoiceRecord[]> {
    if (headers.length === 0) return [];
    const numbers = headers.map((header) => header['VBELN'] ?? '');
    const items = await readTableIn(
      connection,
      {
        table: 'VBRP',
        fields: [
          'VBELN',
          'POSNR',
          'FKIMG',
          'VRKME',
          'MATNR',
          'ARKTX',
          'NETWR',
          'MWSBP',
          'AUBEL',
          'AUPOS',
        ],
      },
      'VBELN',
      numbers,
    );
    const conditions = await readTableIn(
      connection,
      { table: 'KONV', fields: ['KNUMV', 'KPOSN', 'KSCHL', 'KBETR', 'WAERS', 'KPEIN'] },
      'KNUMV',
      headers.map((header) => header['KNUMV'] ?? ''),
    );
    const requests = [...new Set(items.map((item) => item['AUBEL'] ?? ''))];
    const requestHeaders = await readTableIn(
      connection,
      { table: 'VBAK', fields: ['VBELN', 'AUFNR', 'VGBEL', 'VGTYP'] },
      'VBELN',
      requests,
    );
    const businessData = await readTableIn(
      connection,
      { table: 'VBKD', fields: ['VBELN', 'POSNR', 'FBUDA', 'BSTKD'] },
      'VBELN',
      requests,
    );
    const accounting = await this.accounting(connection, headers);

    const requestOf = new Map(requestHeaders.map((row) => [row['VBELN'] ?? '', row]));
    const dataOf = new Map(businessData.map((row) => [`${row['VBELN']}/${row['POSNR']}`, row]));

    return headers.map((header) => {
      const number = header['VBELN'] ?? '';
      const currency = header['WAERK'] ?? '';
      const ownItems = items.filter((item) => item['VBELN'] === number);
      const ownConditions = conditions.filter((row) => row['KNUMV'] === header['KNUMV']);
      const request = ownItems[0]?.['AUBEL'] ?? '';
      const requestHeader = requestOf.get(request);
      const { accountingDocument, status } = accounting.get(number) ?? unposted;
      const lines = ownItems
        .sort((a, b) => (a['POSNR'] ?? '').localeCompare(b['POSNR'] ?? ''))
        .map((item) =>
          this.#line(item, ownConditions, currency, dataOf.get(`${request}/${item['AUPOS']}`)),
        );
      const net = roundMoney(parseFraction(fromSapDecimal(header['NETWR'])), currency);
      const tax = roundMoney(parseFraction(fromSapDecimal(header['MWSBK'])), currency);

      return {
        id: fromAlpha(number),
        customerId: fromAlpha(header['KUNAG'] ?? ''),
        orderId: requestHeader?.['AUFNR'] ? fromAlpha(requestHeader['AUFNR']) : null,
        contractId:
          requestHeader?.['VGTYP'] === 'G' && requestHeader['VGBEL']
            ? fromAlpha(requestHeader['VGBEL'])
            : null,
        debitMemoRequestId: request === '' ? null : fromAlpha(request),
        accountingDocumentId: accountingDocument,
        issuedOn: fromDats(header['FKDAT']) ?? '',
        net,
        tax,
        gross: addMoney(currency, [net, tax]),
        status,
        lines,
        serviceDate: fromDats(dataOf.get(`${request}/000000`)?.['FBUDA']),
      };
    });
  }

  // One line from a billing item, its conditions and the request item's customer reference.
  #line(
    item: Row,
    conditions: readonly Row[],
    currency: string,
    data: Row | undefined,
  ): BillingLine {
    const s = this.#settings;
    const own = conditions.filter((row) => row['KPOSN'] === item['POSNR']);
    const condition = (type: string) => own.find((row) => row['KSCHL'] === type);
    const price = condition(s.conditionTypes.price);
    const coverage = condition(s.conditionTypes.coverage);
    const tax = condition(s.conditionTypes.tax);
    const materialId = fromAlpha(item['MATNR'] ?? '');
    const amount = { amount: fromSapDecimal(price?.['KBETR']), currency };

    return {
      kind: this.#kindOf(materialId),
      description: item['ARKTX'] ?? '',
      materialId,
      quantity: normaliseDecimal(item['FKIMG'] ?? '0'),
      unit: item['VRKME'] ?? '',
      unitPrice: unitPriceOf(amount, normaliseDecimal(price?.['KPEIN'] || '1')),
      coveredPercent: normaliseDecimal(fromSapDecimal(coverage?.['KBETR']).replace(/^-/, '')),
      coveredBy: this.#coverageOf(data?.['BSTKD'] ?? ''),
      net: roundMoney(parseFraction(fromSapDecimal(item['NETWR'])), currency),
      taxPercent: normaliseDecimal(fromSapDecimal(tax?.['KBETR'])),
      tax: roundMoney(parseFraction(fromSapDecimal(item['MWSBP'])), currency),
    };
  }

  #kindOf(materialId: string): BillingLineKind {
    const s = this.#settings;
    const labor = new Set([
      s.laborMaterials.default,
      ...Object.values(s.laborMaterials.byWorkCenter),
    ]);
    if (labor.has(materialId)) return 'labor';
    if (materialId === s.travelMaterial) return 'travel';
    if (Object.values(s.feeMaterials).includes(materialId)) return 'fee';
    return 'part';
  }

  #coverageOf(reference: string): CoverageReference | null {
    const prefixes = this.#settings.coverageReferencePrefixes;
    for (const type of ['warranty', 'contract'] as const) {
      if (reference.startsWith(prefixes[type].trimEnd())) {
        const id = reference.slice(prefixes[type].trimEnd().length).trim();
        if (id !== '') return { type, id };
      }
    }
    return null;
  }

  /**
   * The accounting document and status of billing documents (VBRK rows with FKSTO, BUKRS and
   * KUNAG), by billing document: two reads and one open-item call per customer, for all at once.
   */
  async accounting(
    connection: RfcConnection,
    headers: readonly Row[],
  ): Promise<Map<string, { accountingDocument: string | null; status: InvoiceStatus }>> {
    const postings = await readTableIn(
      connection,
      {
        table: 'BKPF',
        fields: ['BUKRS', 'BELNR', 'GJAHR', 'AWKEY'],
        where: [{ field: 'AWTYP', op: '=', value: 'VBRK' }],
      },
      'AWKEY',
      headers.map((header) => header['VBELN'] ?? ''),
    );
    const open = await this.#openItems(connection, headers);
    const postingOf = new Map(postings.map((row) => [row['AWKEY'] ?? '', row]));

    return new Map(
      headers.map((header) => {
        const posting = postingOf.get(header['VBELN'] ?? '');
        const accountingDocument = posting === undefined ? null : fromAlpha(posting['BELNR'] ?? '');
        return [
          header['VBELN'] ?? '',
          { accountingDocument, status: statusOf(header, posting, open) },
        ];
      }),
    );
  }

  // The open customer items (`BELNR/GJAHR`) of every customer and company code among the
  // documents that are not cancelled, on today's key date.
  async #openItems(connection: RfcConnection, headers: readonly Row[]): Promise<Set<string>> {
    const accounts = new Set(
      headers
        .filter((header) => header['FKSTO'] !== 'X')
        .map((header) => `${header['BUKRS'] ?? ''}/${header['KUNAG'] ?? ''}`),
    );
    const open = new Set<string>();
    for (const account of accounts) {
      const [companyCode = '', customer = ''] = account.split('/');
      const result = await connection.call('BAPI_AR_ACC_GETOPENITEMS', {
        COMPANYCODE: companyCode,
        CUSTOMER: customer,
        KEYDATE: toDats(this.#today()),
      });
      const messages = readReturn(result.RETURN);
      if (isRefusal(messages)) throw new SapRefusedError(messages);
      const lines = Array.isArray(result.LINEITEMS) ? (result.LINEITEMS as Row[]) : [];
      for (const line of lines) open.add(`${line['DOC_NO'] ?? ''}/${line['FISC_YEAR'] ?? ''}`);
    }
    return open;
  }
}

const unposted = { accountingDocument: null, status: 'open' } as const;

function statusOf(header: Row, posting: Row | undefined, open: Set<string>): InvoiceStatus {
  if (header['FKSTO'] === 'X') return 'cancelled';
  if (posting === undefined) return 'open';
  return open.has(`${posting['BELNR'] ?? ''}/${posting['GJAHR'] ?? ''}`) ? 'open' : 'paid';
}
