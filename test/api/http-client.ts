/** One HTTP answer, with the body parsed as JSON (typed as the test expects it) when it is JSON. */
export interface HttpAnswer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** What a request may carry besides method and path. */
export interface RequestOptions {
  /** Sent as JSON unless it is a string, which is sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** A small fetch client bound to the base URL of a test service. */
export interface HttpClient {
  request<T = unknown>(
    method: string,
    path: string,
    options?: RequestOptions,
  ): Promise<HttpAnswer<T>>;
  get<T = unknown>(path: string, options?: RequestOptions): Promise<HttpAnswer<T>>;
  post<T = unknown>(path: string, body?: unknown, options?: RequestOptions): Promise<HttpAnswer<T>>;
  patch<T = unknown>(
    path: string,
    body?: unknown,
    options?: RequestOptions,
  ): Promise<HttpAnswer<T>>;
}

/** Makes a client that talks to `baseUrl` over loopback. */
export function createHttpClient(baseUrl: string): HttpClient {
  const request = async <T>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<HttpAnswer<T>> => {
    const headers: Record<string, string> = { ...options.headers };
    let body: string | undefined;
    if (typeof options.body === 'string') body = options.body;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }

    const response = await fetch(new URL(path, baseUrl), {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    const isJson = /json/.test(response.headers.get('content-type') ?? '');
    return {
      status: response.status,
      headers: response.headers,
      body: (isJson && text !== '' ? JSON.parse(text) : undefined) as T,
      text,
    };
  };

  return {
    request,
    get: (path, options) => request('GET', path, options),
    post: (path, body, options) => request('POST', path, { ...options, body }),
    patch: (path, body, options) => request('PATCH', path, { ...options, body }),
  };
}
