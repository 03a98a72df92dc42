import { describe, expect, it } from 'vitest';
import { problemType, toProblem } from '../../src/api/problem-details.ts';
import {
  ConfigurationError,
  NotFoundError,
  SapConflictError,
  SapLockedError,
  SapRefusedError,
  SapUnavailableError,
  ValidationError,
} from '../../src/errors.ts';
import type { AppError, SapMessage } from '../../src/errors.ts';

// The faults that reach these answers (SAP down, a bug) cannot be provoked through the mock SAP
// yet, so the mapping itself is checked here; the HTTP tests cover the answers SAP can give.

const messages: SapMessage[] = [
  { type: 'W', id: 'IM', number: '020', message: 'Only a warning' },
  { type: 'E', id: 'IM', number: '150', message: 'Notification 10000001 is being processed' },
];

describe('toProblem', () => {
  it('answers 503 with Retry-After when SAP is unavailable', () => {
    const problem = toProblem(new SapUnavailableError('SAP did not answer within 30 s.'), '/v1/x');

    expect(problem).toEqual({
      status: 503,
      headers: { 'Retry-After': '30' },
      body: {
        type: 'urn:sap-cs-bridge:problem:sap-unavailable',
        title: 'SAP is unavailable',
        status: 503,
        detail: 'SAP did not answer within 30 s.',
        instance: '/v1/x',
        code: 'SAP_UNAVAILABLE',
      },
    });
  });

  it('hides the message of an unknown error behind a generic 500', () => {
    const problem = toProblem(new TypeError('secret: cannot read x of undefined'), '/v1/x');

    expect(problem.status).toBe(500);
    expect(problem.body).toMatchObject({ code: 'INTERNAL_ERROR', status: 500 });
    expect(JSON.stringify(problem)).not.toContain('secret');
  });

  it('hides the message of an application error with a 5xx status other than 503', () => {
    const problem = toProblem(new ConfigurationError('password in /etc/secret'), '/v1/x');

    expect(problem.body.code).toBe('INTERNAL_ERROR');
    expect(JSON.stringify(problem)).not.toContain('secret');
  });

  it.each<[string, AppError, number, string]>([
    ['SapRefusedError', new SapRefusedError(messages), 422, 'SAP_REFUSED'],
    ['SapConflictError', new SapConflictError(messages), 409, 'SAP_STATUS_CONFLICT'],
    ['SapLockedError', new SapLockedError(messages), 409, 'SAP_OBJECT_LOCKED'],
  ])('quotes all SAP messages for a %s', (_name, error, status, code) => {
    const problem = toProblem(error, '/v1/notifications/1/start');

    expect(problem.status).toBe(status);
    expect(problem.body).toMatchObject({
      code,
      detail: 'Notification 10000001 is being processed',
      sap: { messages },
    });
  });

  it('lists the validation issues under errors', () => {
    const issues = [{ path: 'items.0.code', code: 'too_big', message: 'Too long' }];

    const problem = toProblem(new ValidationError(issues), '/v1/x');

    expect(problem.body.errors).toEqual(issues);
    expect(problem.body.sap).toBeUndefined();
  });

  it('adds neither errors nor sap to a plain 404', () => {
    const problem = toProblem(new NotFoundError('Customer', '42'), '/v1/customers/42');

    expect(Object.keys(problem.body).sort()).toEqual(
      ['code', 'detail', 'instance', 'status', 'title', 'type'].sort(),
    );
  });
});

describe('problemType', () => {
  it('turns a code into a kebab-case URN', () => {
    expect(problemType('SAP_STATUS_CONFLICT')).toBe(
      'urn:sap-cs-bridge:problem:sap-status-conflict',
    );
  });
});
