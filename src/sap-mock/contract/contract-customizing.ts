// The mock's SD customizing for service contracts. SAP keeps document types in TVAK/TVAKT and
// condition types in T685A; the mock knows the few it needs here instead of seeding those tables.

/** A sales document type the mock can create: its category and its text (TVAKT-BEZEI). */
export interface SalesDocumentType {
  readonly category: string;
  readonly text: string;
}

/** The contract types: WV is SAP's standard service contract, ZWEX and ZSUB customer types. */
export const contractTypes: ReadonlyMap<string, SalesDocumentType> = new Map([
  ['WV', { category: 'G', text: 'Service contract' }],
  ['ZWEX', { category: 'G', text: 'Warranty extension' }],
  ['ZSUB', { category: 'G', text: 'Subscription contract' }],
]);

/** The number range interval of contracts (NRIV RV_BELEG 41: 0040000000–0049999999). */
export const contractNumberRange = { object: 'RV_BELEG', rangeNumber: '41' } as const;

/** The number range interval of object lists (NRIV OBJLIST 01, a mock convention). */
export const objectListNumberRange = { object: 'OBJLIST', rangeNumber: '01' } as const;

/** The header table of serial number management that SD object lists belong to (OBJK-TASER). */
export const salesObjectListTable = 'SER02';

/**
 * Calculation types of the mock's condition types when a caller leaves CALCTYPCON blank:
 * the coverage shares are percentages ('A'), everything else an amount or quantity ('C').
 * The condition types themselves are a mock convention that the mapping can change.
 */
const percentageConditionTypes = new Set(['ZCLB', 'ZCPT', 'ZCTR']);

/** The calculation type of a condition: the caller's, or the mock's default for its type. */
export function calculationType(conditionType: string, given: string): string {
  if (given !== '') return given;
  return percentageConditionTypes.has(conditionType) ? 'A' : 'C';
}

/** The lock argument of a sales document (lock object EVVBAKE, client-independent here). */
export function salesDocumentLockArgument(salesDocument: string): string {
  return `VBAK ${salesDocument}`;
}

/** A sales document number as messages show it (without leading zeros). */
export function externalDocumentNumber(salesDocument: string): string {
  return /^\d+$/.test(salesDocument) ? salesDocument.replace(/^0+(?=\d)/, '') : salesDocument;
}
