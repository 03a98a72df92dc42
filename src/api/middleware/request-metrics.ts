import type { Request, RequestHandler } from 'express';
import type { HttpMetrics } from '../../metrics/http-metrics.ts';

/** The `route` label of requests that no route took (404s, bodies refused before routing). */
export const UNMATCHED_ROUTE = 'unmatched';

/** Counts every answered request by method, route pattern and status, with its duration. */
export function recordRequestMetrics(metrics: HttpMetrics): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    res.once('finish', () => {
      metrics.observeRequest({
        method: req.method,
        route: routePattern(req),
        status: res.statusCode,
        durationSeconds: (performance.now() - started) / 1000,
      });
    });
    next();
  };
}

// The pattern, never the path: ids in the label would make a series per object.
function routePattern(req: Request): string {
  const route: unknown = req.route;
  if (typeof route !== 'object' || route === null || !('path' in route)) return UNMATCHED_ROUTE;
  return typeof route.path === 'string' ? req.baseUrl + route.path : UNMATCHED_ROUTE;
}
