import { AppError, ValidationError } from '../errors.ts';
import type { ValidationIssue } from '../errors.ts';

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
