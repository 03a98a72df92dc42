// Works out what a customer owes for a service order: a line per operation worked on, per part
// used and for travel, each reduced by the best coverage in force on the service day. Pure: the
// caller reads the order, the coverage and the prices from SAP first.

import { AppError } from '../errors.ts';
import type { ValidationIssue } from '../errors.ts';
import { MissingPriceError, PriceCurrencyMismatchError } from './billing-errors.ts';
import type {
  Billing,
  BillingLine,
  BillingLineKind,
  CoverageReference,
  CoverageShares,
  LaborWork,
  OrderBillingContext,
  Price,
} from './billing.ts';
import { laborPriceKey } from './billing.ts';
import { coversDay } from './contract-period.ts';
import type { Money } from './contract.ts';
import {
  add,
  addMoney,
  chargeFor,
  compareFractions,
  formatFraction,
  isPositive,
  parseFraction,
  percentOf,
  ratio,
  unitPriceOf,
} from './money.ts';
import type { Fraction } from './money.ts';
import type { Order, OrderOperation } from './order.ts';
import { sameSapNumber } from './sap-number.ts';

/** The prices billing an order needs: labour per work center, the parts used, and travel. */
export interface OrderPricingNeeds {
  /** The work centers and activity types hours were confirmed at, without duplicates. */
  labor: LaborWork[];
  materialIds: string[];
  travel: boolean;
}

/** The share of a line someone else pays (percent), and who. */
export interface LineCoverage {
  percent: Fraction;
  coveredBy: CoverageReference | null;
}

/** Something to charge for before its price is known. */
interface ChargeItem {
  kind: BillingLineKind;
  quantity: Fraction;
  /** The line's description; the price's description when null. */
  description: string | null;
  price: Price | undefined;
  /** Where the missing price shows in the order, and what it is of, for the error. */
  missing: ValidationIssue;
}

const zero = ratio(0n, 1n);
const hundred = ratio(100n, 1n);

// An invoice item's text in SAP (VBAP-ARKTX, VBRP-ARKTX) holds 40 characters: the preview
// shows what the invoice will say.
const lineDescriptionLength = 40;

const shareByKind: Record<Exclude<BillingLineKind, 'fee'>, keyof CoverageShares> = {
  labor: 'labor',
  part: 'parts',
  travel: 'travel',
};

/** No coverage: the customer pays the whole line. */
export const noCoverage: LineCoverage = { percent: zero, coveredBy: null };

/** Which prices the bill of an order needs, sorted and without duplicates. */
export function orderPricingNeeds(order: Order): OrderPricingNeeds {
  const labor = new Map<string, LaborWork>();
  for (const { workCenter, activityType } of workedOperations(order)) {
    const work = { workCenter, activityType };
    labor.set(laborPriceKey(work), work);
  }
  return {
    labor: [...labor.keys()].sort(compareSapNumbers).map((key) => labor.get(key) as LaborWork),
    materialIds: usedParts(order).map((part) => part.materialId),
    travel: countVisits(order) > 0,
  };
}

/**
 * Bills an order: labour per operation (by operation number), parts per material (by material
 * number), then travel per visit day; each line's net is rounded once, tax per line, and the
 * totals add the rounded lines. Throws `MissingPriceError` naming every price SAP lacks and
 * `PriceCurrencyMismatchError` when the prices used are in more than one currency.
 */
export function billOrder(order: Order, context: OrderBillingContext): Billing {
  const items = chargeItems(order, context);
  const issues = items.flatMap((item) => (item.price ? [] : [item.missing]));
  if (issues.length > 0) throw new MissingPriceError(issues);

  const priced = items.flatMap((item) => (item.price ? [{ ...item, price: item.price }] : []));
  const currencies = [...new Set(priced.map((item) => item.price.amount.currency))];
  if (currencies.length > 1) throw new PriceCurrencyMismatchError(currencies.sort());
  const currency = currencies[0] ?? fallbackCurrency(context);

  const sources = coverageInForce(context);
  const lines = priced.map((item) =>
    billLine(
      item.kind,
      item.quantity,
      item.description,
      item.price,
      bestCoverage(item.kind, sources),
    ),
  );
  return summariseBilling(currency, lines);
}

/** The bill of some lines: their sums (of the rounded line values) and whether anything is owed. */
export function summariseBilling(currency: string, lines: BillingLine[]): Billing {
  const net = addMoney(currency, amountsOf(lines, 'net'));
  const tax = addMoney(currency, amountsOf(lines, 'tax'));
  const gross = addMoney(currency, [net, tax]);
  return { currency, lines, totals: { net, tax, gross }, billable: isPositive(gross) };
}

/**
 * One line of a bill: net = quantity × amount ÷ per × (100 − covered) ÷ 100 rounded once, tax
 * on the rounded net; the unit price shown is only informative (see `unitPriceOf`).
 */
export function billLine(
  kind: BillingLineKind,
  quantity: Fraction,
  description: string | null,
  price: Price,
  coverage: LineCoverage,
): BillingLine {
  const quantityText = formatFraction(quantity, 0, 6);
  const coveredPercent = formatFraction(coverage.percent, 0, 6);
  const net = chargeFor({
    quantity: quantityText,
    amount: price.amount,
    per: price.per,
    coveredPercent,
  });

  return {
    kind,
    description: (description ?? price.description).slice(0, lineDescriptionLength),
    materialId: price.materialId,
    quantity: quantityText,
    unit: price.unit,
    unitPrice: unitPriceOf(price.amount, price.per),
    coveredPercent,
    coveredBy: coverage.coveredBy,
    net,
    taxPercent: formatFraction(parseFraction(price.taxPercent, 'tax percent'), 0, 6),
    tax: percentOf(net, price.taxPercent),
  };
}

// `work center MECH`, or `work center MECH and activity type OT`.
function laborText(operation: OrderOperation): string {
  const type =
    operation.activityType === null ? '' : ` and activity type ${operation.activityType}`;
  return `work center ${operation.workCenter}${type}`;
}

function chargeItems(order: Order, context: OrderBillingContext): ChargeItem[] {
  const { prices } = context;
  const labor = workedOperations(order)
    .sort((a, b) => compareSapNumbers(a.id, b.id))
    .map((operation): ChargeItem => ({
      kind: 'labor',
      quantity: parseFraction(operation.actualHours, 'actual hours'),
      description: `${operation.description} (${operation.id})`,
      price: prices.labor.get(laborPriceKey(operation)),
      missing: {
        path: `operations.${order.operations.indexOf(operation)}.workCenter`,
        code: 'price_missing',
        message: `No labour price for ${laborText(operation)} (operation ${operation.id}).`,
      },
    }));

  const parts = usedParts(order).map((part): ChargeItem => ({
    kind: 'part',
    quantity: part.quantity,
    description: null,
    price: prices.parts.get(part.materialId),
    missing: {
      path: `partsUsed.${part.index}.materialId`,
      code: 'price_missing',
      message: `No sales price for material ${part.materialId}.`,
    },
  }));

  const visits = countVisits(order);
  const travel: ChargeItem[] =
    visits === 0
      ? []
      : [
          {
            kind: 'travel',
            quantity: ratio(BigInt(visits), 1n),
            description: null,
            price: prices.travel ?? undefined,
            missing: {
              path: 'travel',
              code: 'price_missing',
              message: 'No price for the travel flat rate.',
            },
          },
        ];
  return [...labor, ...parts, ...travel];
}

// A bill without lines still names a currency: that of any price SAP gave.
// TODO: OrderBillingContext has no currency of its own (the company code's); until it has one,
// a bill without lines and without any price falls back to EUR, the mock's company code currency.
function fallbackCurrency(context: OrderBillingContext): string {
  const { labor, parts, travel } = context.prices;
  const any = travel ?? [...labor.values(), ...parts.values()][0];
  return any?.amount.currency ?? 'EUR';
}

// Operations with hours confirmed; the others cost nothing and need no price.
function workedOperations(order: Order): OrderOperation[] {
  return order.operations.filter((operation) => isPositiveDecimal(operation.actualHours, 'hours'));
}

// The parts issued to the order per material, summed over plants and storage locations, by
// material number; a material whose issues were all reversed is left out.
function usedParts(order: Order): { materialId: string; quantity: Fraction; index: number }[] {
  const totals = new Map<string, { quantity: Fraction; index: number }>();
  for (const [index, part] of order.partsUsed.entries()) {
    const quantity = parseFraction(part.quantity, 'quantity used');
    const total = totals.get(part.materialId);
    totals.set(part.materialId, {
      quantity: total ? add(total.quantity, quantity) : quantity,
      index: total?.index ?? index,
    });
  }

  return [...totals]
    .map(([materialId, total]) => ({ materialId, ...total }))
    .filter((part) => compareFractions(part.quantity, zero) > 0)
    .sort((a, b) => compareSapNumbers(a.materialId, b.materialId));
}

// A visit per day with hours confirmed. A confirmation without a posting day cannot be matched
// to another one's day, so it counts as a visit of its own.
function countVisits(order: Order): number {
  const days = new Set<string>();
  let undated = 0;
  for (const confirmation of order.confirmations) {
    if (!isPositiveDecimal(confirmation.hours, 'confirmed hours')) continue;
    if (confirmation.postedOn === null) undated += 1;
    else days.add(confirmation.postedOn);
  }
  return days.size + undated;
}

interface CoverageSource {
  reference: CoverageReference;
  shares: CoverageShares;
}

// Customer warranties and this customer's contracts in force on the service day; a vendor
// warranty covers us, never the customer.
function coverageInForce(context: OrderBillingContext): CoverageSource[] {
  const day = context.serviceDate;
  const warranties = context.warranties
    .filter((warranty) => warranty.type === 'customer')
    .filter((warranty) => coversDay({ from: warranty.startsOn, to: warranty.endsOn }, day))
    .map((warranty): CoverageSource => ({
      reference: { type: 'warranty', id: warranty.masterWarrantyId },
      shares: warranty.shares,
    }));
  const contracts = context.contracts
    .filter((contract) => sameSapNumber(contract.customerId, context.customerId))
    .filter((contract) => coversDay({ from: contract.validFrom, to: contract.validTo }, day))
    .map((contract): CoverageSource => ({
      reference: { type: 'contract', id: contract.contractId },
      shares: contract.shares,
    }));
  return [...warranties, ...contracts];
}

// The largest share wins; on a tie a warranty beats a contract, then the lower number.
function bestCoverage(kind: BillingLineKind, sources: readonly CoverageSource[]): LineCoverage {
  let best = noCoverage;
  for (const source of sources) {
    const percent = shareOf(source, kind);
    if (compareFractions(percent, zero) === 0) continue;

    const order = compareFractions(percent, best.percent);
    if (
      order > 0 ||
      (order === 0 && best.coveredBy && precedes(source.reference, best.coveredBy))
    ) {
      best = { percent, coveredBy: source.reference };
    }
  }
  return best;
}

function precedes(candidate: CoverageReference, current: CoverageReference): boolean {
  if (candidate.type !== current.type) return candidate.type === 'warranty';
  return compareSapNumbers(candidate.id, current.id) < 0;
}

function shareOf(source: CoverageSource, kind: BillingLineKind): Fraction {
  if (kind === 'fee') return zero;
  const text = source.shares[shareByKind[kind]];

  const share = parseFraction(text, 'coverage share');
  if (compareFractions(share, zero) < 0 || compareFractions(share, hundred) > 0) {
    throw new AppError(
      'COVERAGE_SHARE_INVALID',
      500,
      `The ${kind} share ${text} of ${source.reference.type} ${source.reference.id} is not ` +
        'between 0 and 100 percent.',
    );
  }
  return share;
}

function amountsOf(lines: readonly BillingLine[], field: 'net' | 'tax'): Money[] {
  return lines.map((line) => line[field]);
}

function isPositiveDecimal(text: string, what: string): boolean {
  return compareFractions(parseFraction(text, what), zero) > 0;
}

// SAP numbers by value when both are numeric (`0010` before `0020`, `99` before `100`), else as
// text.
function compareSapNumbers(left: string, right: string): number {
  if (/^\d+$/.test(left) && /^\d+$/.test(right)) {
    const a = left.replace(/^0+(?=.)/, '');
    const b = right.replace(/^0+(?=.)/, '');
    if (a.length !== b.length) return a.length - b.length;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  return left < right ? -1 : left > right ? 1 : 0;
}
