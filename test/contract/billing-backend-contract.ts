import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SapBackend } from '../../src/backends/port.ts';
import type { BillingLine, DebitMemoRequestInput } from '../../src/domain/billing.ts';
import { SapConflictError, SapRefusedError } from '../../src/errors.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';
import type { ContractSubject } from './sap-backend-contract.ts';

const eur = (amount: string) => ({ amount, currency: 'EUR' });

/** A customer by the output tax it pays (KNVI-TAXKD), without leading zeros. */
function customerTaxed(sap: MockSap, taxClass: '0' | '1'): string {
  const [row] = sap.select('KNVI', (knvi) => knvi.TAXKD === taxClass);
  if (!row) throw new Error(`the seed has no customer of tax class ${taxClass}`);
  return (row.KUNNR ?? '').replace(/^0+/, '');
}

function line(overrides: Partial<BillingLine>): BillingLine {
  return {
    kind: 'labor',
    description: 'Replace seal (0010)',
    materialId: 'SRV-LAB-MECH',
    quantity: '1.5',
    unit: 'H',
    unitPrice: eur('92.00'),
    coveredPercent: '0',
    coveredBy: null,
    net: eur('138.00'),
    taxPercent: '19',
    tax: eur('26.22'),
    ...overrides,
  };
}

/**
 * The behaviour every SAP backend owes the domain for billing: coverage shares of warranties,
 * SD prices with output tax, debit memo requests billed once, and invoices read back with
 * their accounting documents.
 */
export function describeBillingBackendContract(name: string, open: () => Promise<ContractSubject>) {
  describe(`the SAP backend contract for billing: ${name}`, () => {
    let subject: ContractSubject;
    let backend: SapBackend;
    let sap: MockSap;

    beforeEach(async () => {
      subject = await open();
      backend = subject.backend;
      if (!subject.sap)
        throw new Error('the billing contract reads its test data from subject.sap');
      sap = subject.sap;
    });

    afterEach(() => subject.close());

    it('reads the shares a master warranty pays, an unlisted one as 0', async () => {
      const shares = await backend.billing.warrantyShares(['3', '6', '999']);

      expect(shares.get('3')).toEqual({ labor: '100', parts: '100', travel: '50' });
      expect(shares.get('6')).toEqual({ labor: '100', parts: '100', travel: '0' });
      expect(shares.get('999')).toEqual({ labor: '0', parts: '0', travel: '0' });
    });

    it('prices labour per work center, parts and travel on the pricing date, with tax', async () => {
      const prices = await backend.billing.priceOrderWork({
        customerId: customerTaxed(sap, '1'),
        pricingDate: '2026-12-31',
        labor: [
          { workCenter: 'SRV-MECH', activityType: null },
          { workCenter: 'SRV-ELEC', activityType: null },
          { workCenter: 'SRV-MECH', activityType: 'SRVOT' },
        ],
        materialIds: ['200001', 'NO-SUCH-PART'],
      });

      expect(prices.labor.get('SRV-MECH')).toMatchObject({
        materialId: 'SRV-LAB-MECH',
        unit: 'H',
        amount: eur('92.00'),
        per: '1',
        taxPercent: '19',
      });
      expect(prices.labor.get('SRV-ELEC')?.amount).toEqual(eur('104.00'));
      expect(prices.labor.get('SRV-MECH/SRVOT')).toMatchObject({
        materialId: 'SRV-LAB-OT',
        amount: eur('138.00'),
      });
      expect(prices.travel?.amount).toEqual(eur('65.00'));
      expect(prices.parts.get('200001')?.materialId).toBe('200001');
      expect(prices.parts.has('NO-SUCH-PART')).toBe(false);
    });

    it('uses the price in force on the pricing date and the customer’s tax class', async () => {
      const prices = await backend.billing.priceOrderWork({
        customerId: customerTaxed(sap, '0'),
        pricingDate: '2027-01-15',
        labor: [{ workCenter: 'SRV-MECH', activityType: null }],
        materialIds: [],
      });

      expect(prices.labor.get('SRV-MECH')).toMatchObject({ amount: eur('95.70'), taxPercent: '0' });
    });

    it("prices with the customer's agreed rate first and the list price for the rest", async () => {
      const [agreed] = sap.select('A005', (row) => row.MATNR === 'SRV-LAB-MECH');
      const [record] = sap.select('KONP', (row) => row.KNUMH === agreed?.KNUMH);
      const customerId = (agreed?.KUNNR ?? '').replace(/^0+/, '');

      const prices = await backend.billing.priceOrderWork({
        customerId,
        pricingDate: '2026-12-31',
        labor: [{ workCenter: 'SRV-MECH', activityType: null }],
        materialIds: [],
      });

      expect(prices.labor.get('SRV-MECH')?.amount).toEqual(eur(record?.KBETR ?? ''));
      expect(record?.KBETR).not.toBe('92.00');
      expect(prices.travel?.amount).toEqual(eur('65.00'));
    });

    it('bills a debit memo request once, reads the invoice from SD and FI, and cancels it', async () => {
      const customerId = customerTaxed(sap, '1');
      const input: DebitMemoRequestInput = {
        customerId,
        reference: { kind: 'order', orderId: '4999001' },
        serviceDate: '2026-12-03',
        lines: [
          line({
            coveredPercent: '50',
            coveredBy: { type: 'contract', id: '40000001' },
            net: eur('69.00'),
            tax: eur('13.11'),
          }),
          line({
            kind: 'travel',
            description: 'Travel flat rate',
            materialId: 'SRV-TRAVEL',
            quantity: '1',
            unit: 'LE',
            unitPrice: eur('65.00'),
            net: eur('65.00'),
            tax: eur('12.35'),
          }),
        ],
      };
      expect(await backend.billing.findBilling(input.reference)).toBeNull();

      const requestId = await backend.billing.createDebitMemoRequest(input);
      expect(await backend.billing.findBilling(input.reference)).toEqual({
        debitMemoRequestId: requestId,
        invoiceId: null,
      });
      const invoiceId = await backend.billing.createInvoice(requestId);

      const invoice = await backend.billing.getInvoice(invoiceId);
      expect(invoice).toMatchObject({
        id: invoiceId,
        customerId,
        orderId: '4999001',
        contractId: null,
        debitMemoRequestId: requestId,
        issuedOn: expect.any(String) as string,
        net: eur('134.00'),
        tax: eur('25.46'),
        gross: eur('159.46'),
        status: 'open',
        lines: input.lines,
        serviceDate: '2026-12-03',
      });
      expect(invoice?.accountingDocumentId).toMatch(/^\d+$/);
      expect(await backend.billing.findBilling(input.reference)).toEqual({
        debitMemoRequestId: requestId,
        invoiceId,
      });
      await expect(backend.billing.createInvoice(requestId)).rejects.toBeInstanceOf(
        SapRefusedError,
      );
      const listed = await backend.billing.listInvoices({ customerId, limit: 10, offset: 0 });
      expect(listed.map((found) => found.id)).toContain(invoiceId);

      await backend.billing.cancelInvoice(invoiceId);
      expect((await backend.billing.getInvoice(invoiceId))?.status).toBe('cancelled');
      expect(await backend.billing.findBilling(input.reference)).toEqual({
        debitMemoRequestId: requestId,
        invoiceId: null,
      });
      await expect(backend.billing.cancelInvoice(invoiceId)).rejects.toBeInstanceOf(
        SapConflictError,
      );
    });

    it('refuses a debit memo request for a material SAP has no price for, quoting SAP', async () => {
      const refused = backend.billing.createDebitMemoRequest({
        customerId: customerTaxed(sap, '1'),
        reference: { kind: 'order', orderId: '4999002' },
        serviceDate: '2026-12-03',
        lines: [line({ kind: 'part', materialId: 'SRV-MAINT', unit: 'LE', quantity: '1' })],
      });

      await expect(refused).rejects.toMatchObject({
        code: 'SAP_REFUSED',
        messages: [expect.objectContaining({ type: 'E', id: 'V1', number: '801' })],
      });
      expect(sap.select('VBAK', (row) => row.AUFNR === '000004999002')).toEqual([]);
    });

    it('answers null for a number that is not an invoice of ours', async () => {
      expect(await backend.billing.getInvoice('40000001')).toBeNull();
      expect(await backend.billing.getInvoice('not-a-number')).toBeNull();
    });
  });
}
