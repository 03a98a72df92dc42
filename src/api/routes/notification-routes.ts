import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { hasItemLike, showsAppendedDescription } from '../../domain/notification.ts';
import type {
  Notification,
  NotificationStatus,
  NotificationTransition,
} from '../../domain/notification.ts';
import type { NotificationService } from '../../domain/notification-service.ts';
import {
  JSON_BODY_PROBLEMS,
  SAP_CALL_PROBLEMS,
  jsonBody,
  jsonResponse,
  problemResponses,
} from '../openapi/route-docs.ts';
import { IdParamsSchema } from '../schemas/common-schemas.ts';
import {
  NewNotificationItemSchema,
  NewNotificationSchema,
  NotificationChangeSchema,
  NotificationListSchema,
  NotificationQuerySchema,
  NotificationSchema,
} from '../schemas/notification-schemas.ts';
import { z } from '../schemas/zod-openapi.ts';
import { parseInput } from '../validation.ts';
import type { WriteGateway } from '../writes/write-gateway.ts';
import { sapObjectKey } from '../writes/write-operations.ts';

const TRANSITIONS: Record<NotificationTransition, NotificationStatus> = {
  start: 'in-progress',
  postpone: 'postponed',
  complete: 'completed',
};

/** The routes of service notifications under `/v1/notifications`. */
export function createNotificationRouter(
  notifications: NotificationService,
  writes: WriteGateway,
): Router {
  const router = Router();
  const ok = (notification: Notification) => ({ status: 200, body: notification });

  router.post(
    '/v1/notifications',
    writes.route('notifications.create', {
      parse: ({ body }) => parseInput(NewNotificationSchema, body),
      run: async (input) => {
        const { notification, created } = await notifications.create(input);
        const location = notificationPath(notification.id);
        return { status: created ? 201 : 200, location, body: notification };
      },
    }),
  );

  router.get('/v1/notifications', async (req, res) => {
    const query = parseInput(NotificationQuerySchema, req.query);
    res.json({ items: await notifications.list(query) });
  });

  router.get('/v1/notifications/:id', async (req, res) => {
    res.json(await notifications.get(req.params.id));
  });

  router.patch(
    '/v1/notifications/:id',
    writes.route('notifications.update', {
      parse: ({ params, body }) => ({
        ...parseInput(IdParamsSchema, params),
        change: parseInput(NotificationChangeSchema, body),
      }),
      run: async ({ id, change }) => ok(await notifications.update(id, change)),
      objectKey: ({ id }) => sapObjectKey('notification', id),
      // A rerun must not append the description to the long text a second time.
      settled: async ({ id, change }) => {
        const notification = await notifications.get(id);
        return showsAppendedDescription(notification, change) ? ok(notification) : null;
      },
    }),
  );

  for (const transition of Object.keys(TRANSITIONS) as NotificationTransition[]) {
    router.post(
      `/v1/notifications/:id/${transition}`,
      writes.route(`notifications.${transition}`, {
        parse: ({ params }) => parseInput(IdParamsSchema, params),
        run: async ({ id }) => ok(await notifications.transition(id, transition)),
        objectKey: ({ id }) => sapObjectKey('notification', id),
        settled: async ({ id }) => {
          const notification = await notifications.get(id);
          return notification.status === TRANSITIONS[transition] ? ok(notification) : null;
        },
      }),
    );
  }

  router.post(
    '/v1/notifications/:id/items',
    writes.route('notifications.add-item', {
      parse: ({ params, body }) => ({
        ...parseInput(IdParamsSchema, params),
        item: parseInput(NewNotificationItemSchema, body),
      }),
      run: async ({ id, item }) => ({
        status: 201,
        body: await notifications.addItem(id, item),
      }),
      objectKey: ({ id }) => sapObjectKey('notification', id),
      // A rerun finds the defect its first run recorded instead of recording it twice.
      settled: async ({ id, item }) => {
        const notification = await notifications.get(id);
        return hasItemLike(notification, item) ? { status: 201, body: notification } : null;
      },
    }),
  );

  return router;
}

/** The path of one notification, as `Location` gives it. */
export function notificationPath(id: string): string {
  return `/v1/notifications/${encodeURIComponent(id)}`;
}

/** Describes the notification routes in the OpenAPI registry. */
export function registerNotificationPaths(registry: OpenAPIRegistry): void {
  const tags = ['notifications'];
  const location = z.object({
    Location: z.string().openapi({ example: '/v1/notifications/10000001' }),
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/notifications',
    tags,
    summary: 'Opens a service notification, or finds the one with the same externalRef',
    request: { body: jsonBody(NewNotificationSchema) },
    responses: {
      201: {
        ...jsonResponse('The notification was created.', NotificationSchema),
        headers: location,
      },
      200: {
        ...jsonResponse(
          'A notification with this externalRef existed; nothing was created.',
          NotificationSchema,
        ),
        headers: location,
      },
      ...problemResponses([...JSON_BODY_PROBLEMS, 422, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/notifications',
    tags,
    summary: 'Lists notifications, newest first',
    request: { query: NotificationQuerySchema },
    responses: {
      200: jsonResponse('A page of notifications.', NotificationListSchema),
      ...problemResponses([400, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/notifications/{id}',
    tags,
    summary: 'Reads a notification',
    request: { params: IdParamsSchema },
    responses: {
      200: jsonResponse('The notification.', NotificationSchema),
      ...problemResponses([404, ...SAP_CALL_PROBLEMS]),
    },
  });

  registry.registerPath({
    method: 'patch',
    path: '/v1/notifications/{id}',
    tags,
    summary: 'Changes header fields of a notification',
    request: {
      params: IdParamsSchema,
      body: jsonBody(NotificationChangeSchema),
    },
    responses: {
      200: jsonResponse('The changed notification.', NotificationSchema),
      ...problemResponses([...JSON_BODY_PROBLEMS, 404, 409, 422, ...SAP_CALL_PROBLEMS]),
    },
  });

  for (const [transition, status] of Object.entries(TRANSITIONS)) {
    registry.registerPath({
      method: 'post',
      path: `/v1/notifications/{id}/${transition}`,
      tags,
      summary: `Sets the notification ${status}`,
      request: { params: IdParamsSchema },
      responses: {
        200: jsonResponse(`The notification, now ${status}.`, NotificationSchema),
        ...problemResponses([404, 409, 415, ...SAP_CALL_PROBLEMS]),
      },
    });
  }

  registry.registerPath({
    method: 'post',
    path: '/v1/notifications/{id}/items',
    tags,
    summary: 'Records a defect item on a notification',
    request: {
      params: IdParamsSchema,
      body: jsonBody(NewNotificationItemSchema),
    },
    responses: {
      201: jsonResponse('The notification with the new item.', NotificationSchema),
      ...problemResponses([...JSON_BODY_PROBLEMS, 404, 409, 422, ...SAP_CALL_PROBLEMS]),
    },
  });
}
