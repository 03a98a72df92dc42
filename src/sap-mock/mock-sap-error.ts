/** A misuse of the mock SAP itself (unknown table or field, bad DDIC notation): a bug, not SAP. */
export class MockSapUsageError extends Error {
  readonly code = 'SAP_MOCK_USAGE';

  constructor(message: string) {
    super(message);
    this.name = 'MockSapUsageError';
  }
}
