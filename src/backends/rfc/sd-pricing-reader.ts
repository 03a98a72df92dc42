import type { Price } from '../../domain/billing.ts';
import { normaliseDecimal } from '../../domain/order-decimal.ts';
import { fromAlpha, fromSapDecimal, toDats } from '../mapping/sap-formats.ts';
import type { BillingSettings } from './billing-settings.ts';
import type { RfcConnection } from './rfc-gateway.ts';
import { readTable, readTableIn } from './rfc-read-table.ts';

/** A condition record (KONP) as pricing uses it. */
interface ConditionRecord {
  amount: string;
  currency: string;
  per: string;
  unit: string;
}

/**
 * Reads SD pricing the way SAP's pricing procedure finds it: the sales price of each material
 * (condition table A004 → KONP) and its output tax (A002 → KONP, keyed by the tax
 * classifications of the customer in KNVI and of the material in MLAN), valid on one day.
 */
export class SdPricingReader {
  readonly #settings: BillingSettings;
  readonly #language: string;

  constructor(settings: BillingSettings, languageKey: string) {
    this.#settings = settings;
    this.#language = languageKey;
  }

  /**
   * The prices of materials (internal numbers) for a customer on a day, by material; a material
   * without a valid price record is left out.
   */
  async prices(
    connection: RfcConnection,
    customer: string,
    materials: readonly string[],
    pricingDate: string,
  ): Promise<Map<string, Price>> {
    const s = this.#settings;
    const day = toDats(pricingDate);
    const salesArea: { field: string; op: '='; value: string }[] = [
      { field: 'KSCHL', op: '=', value: s.conditionTypes.price },
      { field: 'VKORG', op: '=', value: s.salesOrganization },
      { field: 'VTWEG', op: '=', value: s.distributionChannel },
    ];
    // The access sequence: the customer's own prices first, the general ones for the rest.
    const records = new Map<string, ConditionRecord>();
    for (const access of s.priceAccessSequence) {
      const missing = materials.filter((material) => !records.has(material));
      if (missing.length === 0) break;
      const where = access.byCustomer
        ? [...salesArea, { field: 'KUNNR', op: '=' as const, value: customer }]
        : salesArea;
      const found = await this.#validRecords(
        connection,
        access.table,
        where,
        { field: 'MATNR', values: missing },
        day,
      );
      for (const [material, record] of found) records.set(material, record);
    }
    const priced = [...records.keys()];
    // One RFC connection runs one call at a time: the reads go one after the other.
    const texts = await this.#descriptions(connection, priced);
    const taxes = await this.#taxPercents(connection, customer, priced, day);

    const prices = new Map<string, Price>();
    for (const [material, record] of records) {
      const materialId = fromAlpha(material);
      prices.set(materialId, {
        materialId,
        description: texts.get(material) ?? materialId,
        unit: record.unit,
        amount: { amount: record.amount, currency: record.currency },
        per: record.per,
        taxPercent: taxes.get(material) ?? '0',
      });
    }
    return prices;
  }

  /** Description, unit and output tax of materials (internal numbers) the caller prices. */
  async unpricedMaterials(
    connection: RfcConnection,
    customer: string,
    materials: readonly string[],
    pricingDate: string,
  ): Promise<Map<string, Omit<Price, 'amount' | 'per'>>> {
    const texts = await this.#descriptions(connection, materials);
    const taxes = await this.#taxPercents(connection, customer, materials, toDats(pricingDate));
    const fields = ['MATNR', 'MEINS'];
    const units = await readTableIn(connection, { table: 'MARA', fields }, 'MATNR', materials);
    return new Map(
      units.map((row) => {
        const material = row['MATNR'] ?? '';
        const materialId = fromAlpha(material);
        return [
          materialId,
          {
            materialId,
            description: texts.get(material) ?? materialId,
            unit: row['MEINS'] ?? '',
            taxPercent: taxes.get(material) ?? '0',
          },
        ];
      }),
    );
  }

  // The condition records of a condition table valid on a day, by the value of its key field.
  async #validRecords(
    connection: RfcConnection,
    table: string,
    where: { field: string; op: '='; value: string }[],
    key: { field: string; values: readonly string[] },
    day: string,
  ): Promise<Map<string, ConditionRecord>> {
    const keys = await readTableIn(
      connection,
      {
        table,
        fields: [key.field, 'DATAB', 'DATBI', 'KNUMH'],
        where: [{ field: 'KAPPL', op: '=', value: 'V' }, ...where],
      },
      key.field,
      key.values,
    );
    const valid = keys.filter((row) => (row['DATAB'] ?? '') <= day && day <= (row['DATBI'] ?? ''));
    const records = await this.#records(
      connection,
      valid.map((row) => row['KNUMH'] ?? ''),
    );

    const byKey = new Map<string, ConditionRecord>();
    for (const row of valid) {
      const record = records.get(row['KNUMH'] ?? '');
      if (record !== undefined) byKey.set(row[key.field] ?? '', record);
    }
    return byKey;
  }

  // KONP's first scale line of each condition record, deleted records left out.
  async #records(
    connection: RfcConnection,
    numbers: readonly string[],
  ): Promise<Map<string, ConditionRecord>> {
    const rows = await readTableIn(
      connection,
      {
        table: 'KONP',
        fields: ['KNUMH', 'KBETR', 'KONWA', 'KPEIN', 'KMEIN', 'LOEVM_KO'],
        where: [{ field: 'KOPOS', op: '=', value: '01' }],
      },
      'KNUMH',
      numbers,
    );
    return new Map(
      rows
        .filter((row) => (row['LOEVM_KO'] ?? '') === '')
        .map((row) => [
          row['KNUMH'] ?? '',
          {
            amount: fromSapDecimal(row['KBETR']),
            currency: row['KONWA'] ?? '',
            per: pricingUnit(row['KPEIN']),
            unit: row['KMEIN'] ?? '',
          },
        ]),
    );
  }

  async #descriptions(connection: RfcConnection, materials: readonly string[]) {
    const rows = await readTableIn(
      connection,
      {
        table: 'MAKT',
        fields: ['MATNR', 'MAKTX'],
        where: [{ field: 'SPRAS', op: '=', value: this.#language }],
      },
      'MATNR',
      materials,
    );
    return new Map(rows.map((row) => [row['MATNR'] ?? '', row['MAKTX'] ?? '']));
  }

  // Output tax in percent per material: the A002 record for the departure country and the tax
  // classifications of customer and material (the configured default where SAP has none).
  async #taxPercents(
    connection: RfcConnection,
    customer: string,
    materials: readonly string[],
    day: string,
  ): Promise<Map<string, string>> {
    const s = this.#settings;
    if (materials.length === 0) return new Map();
    const customerClass = await readTable(connection, {
      table: 'KNVI',
      fields: ['TAXKD'],
      where: [
        { field: 'KUNNR', op: '=', value: customer },
        { field: 'ALAND', op: '=', value: s.departureCountry },
        { field: 'TATYP', op: '=', value: s.conditionTypes.tax },
      ],
    });
    const materialClasses = await readTableIn(
      connection,
      {
        table: 'MLAN',
        fields: ['MATNR', 'TAXM1'],
        where: [{ field: 'ALAND', op: '=', value: s.departureCountry }],
      },
      'MATNR',
      materials,
    );
    const records = await this.#taxRecords(connection, day);

    const customerTax = customerClass[0]?.['TAXKD'] || s.defaultTaxClassification;
    const materialTax = new Map(materialClasses.map((row) => [row['MATNR'] ?? '', row['TAXM1']]));
    return new Map(
      materials.map((material) => {
        const classification = materialTax.get(material) || s.defaultTaxClassification;
        return [material, records.get(`${customerTax}/${classification}`) ?? '0'];
      }),
    );
  }

  // The tax percentages of the departure country valid on a day, by `TAXK1/TAXM1`.
  async #taxRecords(connection: RfcConnection, day: string): Promise<Map<string, string>> {
    const s = this.#settings;
    const keys = await readTable(connection, {
      table: 'A002',
      fields: ['TAXK1', 'TAXM1', 'DATAB', 'DATBI', 'KNUMH'],
      where: [
        { field: 'KAPPL', op: '=', value: 'V' },
        { field: 'KSCHL', op: '=', value: s.conditionTypes.tax },
        { field: 'ALAND', op: '=', value: s.departureCountry },
      ],
    });
    const valid = keys.filter((row) => (row['DATAB'] ?? '') <= day && day <= (row['DATBI'] ?? ''));
    const records = await this.#records(
      connection,
      valid.map((row) => row['KNUMH'] ?? ''),
    );
    const percents = new Map<string, string>();
    for (const row of valid) {
      const record = records.get(row['KNUMH'] ?? '');
      if (record === undefined) continue;
      percents.set(`${row['TAXK1'] ?? ''}/${row['TAXM1'] ?? ''}`, normaliseDecimal(record.amount));
    }
    return percents;
  }
}

// KPEIN as a decimal string; blank or 0 (as percentages have) means per 1 unit.
function pricingUnit(text: string | undefined): string {
  const per = normaliseDecimal(text || '1');
  return per === '0' ? '1' : per;
}
