import { AppError } from '../errors.ts';
import type { AppErrorOptions } from '../errors.ts';

/** The request body is not parseable JSON. */
export class MalformedJsonError extends AppError {
  constructor(options: AppErrorOptions = {}) {
    super('MALFORMED_JSON', 400, 'The request body is not valid JSON.', options);
  }
}

/** The request body is larger than the configured limit. */
export class PayloadTooLargeError extends AppError {
  constructor(limit: string, options: AppErrorOptions = {}) {
    super('PAYLOAD_TOO_LARGE', 413, `The request body is larger than ${limit}.`, options);
  }
}

/** The request body ended before its announced length: the client went away or lied. */
export class IncompleteBodyError extends AppError {
  constructor(options: AppErrorOptions = {}) {
    super('BODY_INCOMPLETE', 400, 'The request body ended early.', options);
  }
}

/** A write carries a body that is not JSON, or JSON in an encoding or charset we cannot read. */
export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super('UNSUPPORTED_MEDIA_TYPE', 415, message, options);
  }
}

/** A compressed request body that does not decompress. */
export class UndecodableBodyError extends AppError {
  constructor(options: AppErrorOptions = {}) {
    super(
      'BODY_NOT_DECODABLE',
      400,
      'The request body does not decode with its Content-Encoding.',
      options,
    );
  }
}

/** A path with a percent-encoding that does not decode to text. */
export class MalformedPathError extends AppError {
  constructor(path: string, options: AppErrorOptions = {}) {
    super('MALFORMED_PATH', 400, `The path ${path} has a broken percent-encoding.`, options);
  }
}

/** No route answers this method and path. */
export class RouteNotFoundError extends AppError {
  constructor(method: string, path: string) {
    super('ROUTE_NOT_FOUND', 404, `No route answers ${method} ${path}.`);
  }
}
