import { AppError, ValidationError } from '../errors.ts';
import type { SapMessage, ValidationIssue } from '../errors.ts';
import type { BillingReference } from './billing.ts';

/**
 * SAP's pricing has no sales price for something an order's billing needs (a work center's
 * labour, a part): a 422 whose `errors` name each missing price; nothing was billed.
 */
export class MissingPriceError extends ValidationError {
  constructor(issues: ValidationIssue[]) {
    const missing = issues.map((issue) => issue.message).join(' ');
    super(issues, `SAP has no sales price for everything the bill needs. ${missing}`, {
      code: 'PRICE_MISSING',
      status: 422,
    });
  }
}

/** The prices a bill needs are in more than one currency, which one bill cannot add up. */
export class PriceCurrencyMismatchError extends AppError {
  readonly currencies: string[];

  constructor(currencies: string[]) {
    super(
      'PRICE_CURRENCY_MISMATCH',
      422,
      `The prices of the bill are in several currencies (${currencies.join(', ')}); ` +
        'one bill needs one currency.',
    );
    this.currencies = currencies;
  }
}

/** A contract's fee is billed for a period in which the contract is not valid on any day. */
export class PeriodOutsideContractError extends AppError {
  constructor(contractId: string, periodId: string) {
    super(
      'PERIOD_OUTSIDE_CONTRACT',
      422,
      `Contract ${contractId} is not valid on any day of the period ${periodId}.`,
    );
  }
}

/** A contract without a periodic fee has nothing to bill for a period. */
export class ContractWithoutFeeError extends AppError {
  constructor(contractId: string) {
    super('CONTRACT_WITHOUT_FEE', 422, `Contract ${contractId} has no periodic fee to bill.`);
  }
}

/** The order or contract period is billed already: a 409 naming the invoice. */
export class AlreadyBilledError extends AppError {
  readonly invoiceId: string;

  constructor(reference: BillingReference, invoiceId: string) {
    const what =
      reference.kind === 'order'
        ? `Order ${reference.orderId}`
        : `Period ${reference.period.id} of contract ${reference.contractId}`;
    super('ALREADY_BILLED', 409, `${what} is billed already with invoice ${invoiceId}.`, {
      references: { invoiceId },
    });
    this.invoiceId = invoiceId;
  }
}

/**
 * The debit memo request was made but its invoice was not: billing again bills that request
 * (it never makes a second one). A 503 when SAP was unavailable; else SAP's refusal's status.
 */
export class BillingIncompleteError extends AppError {
  readonly debitMemoRequestId: string;
  readonly messages: SapMessage[];

  constructor(debitMemoRequestId: string, cause: unknown) {
    const known = cause instanceof AppError ? cause : undefined;
    const status =
      known === undefined || known.retryable || known.status >= 500 ? 503 : known.status;
    super(
      'BILLING_INCOMPLETE',
      status,
      `Debit memo request ${debitMemoRequestId} was made but SAP did not bill it` +
        `${cause instanceof Error ? ` (${cause.message})` : ''}; billing again completes it.`,
      { retryable: status === 503, cause, references: { debitMemoRequestId } },
    );
    this.debitMemoRequestId = debitMemoRequestId;
    this.messages =
      known !== undefined && 'messages' in known ? (known.messages as SapMessage[]) : [];
  }
}
