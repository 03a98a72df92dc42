import { z } from 'zod';
import { NotFoundError, SapConflictError, SapLockedError, SapRefusedError } from '../../errors.ts';
import type { SapMessage } from '../../errors.ts';
import { notificationTypes } from '../../domain/notification.ts';
import type {
  NewNotification,
  NewNotificationItem,
  Notification,
  NotificationChange,
  NotificationQuery,
  NotificationStatus,
  NotificationTransition,
} from '../../domain/notification.ts';
import type { ObjectMapping } from '../mapping/object-mapping.ts';
import { fromAlpha, toAlpha, toDatsTims } from '../mapping/sap-formats.ts';
import type { NotificationPort } from '../port.ts';
import { callBapi, isRefusal, matchesMessage, readReturn } from './bapi-return.ts';
import { closeParameters } from './notification-close.ts';
import type { RfcConnection, RfcGateway } from './rfc-gateway.ts';
import { readTable, type TableCondition } from './rfc-read-table.ts';
import { fromLongTextLines, toLongTextLines } from './long-text.ts';

const messageKey = z.string().regex(/^\S+ \d{3}$/, "'CLASS NUMBER', such as 'IM 001'");

const settingsSchema = z.object({
  customerPartnerFunction: z.string().length(2),
  headerTable: z.string().min(1),
  externalRefColumn: z.string().min(1),
  typeColumn: z.string().min(1),
  customerColumn: z.string().min(1),
  equipmentColumn: z.string().min(1),
  statuses: z.record(
    z.string().regex(/^I\d{4}$/),
    z.enum(['open', 'in-progress', 'postponed', 'completed']),
  ),
  messages: z.object({
    notFound: z.array(messageKey),
    locked: z.array(messageKey),
    statusConflict: z.array(messageKey),
  }),
});

type Settings = z.infer<typeof settingsSchema>;

/** Options of the notification adapter. */
export interface BapiNotificationAdapterOptions {
  /** The language of texts and status lines (ISO code such as EN). */
  languageIso: string;
  /** The SAP system's time zone, for the dates and times SAP stamps. */
  timeZone: string;
  clock?: () => Date;
}

const transitionModules: Record<NotificationTransition, string> = {
  start: 'BAPI_ALM_NOTIF_PUTINPROGRESS',
  postpone: 'BAPI_ALM_NOTIF_POSTPONE',
  complete: 'BAPI_ALM_NOTIF_CLOSE',
};

/** Service notifications over the BAPI_ALM_NOTIF_* function modules. */
export class BapiNotificationAdapter implements NotificationPort {
  readonly #gateway: RfcGateway;
  readonly #mapping: ObjectMapping;
  readonly #settings: Settings;
  readonly #options: BapiNotificationAdapterOptions;

  constructor(
    gateway: RfcGateway,
    mapping: ObjectMapping,
    options: BapiNotificationAdapterOptions,
  ) {
    this.#gateway = gateway;
    this.#mapping = mapping;
    this.#settings = mapping.readSettings(settingsSchema);
    this.#options = options;
  }

  async create(input: NewNotification): Promise<Notification> {
    const { type, customerId, description, ...headerFields } = input;
    const header = this.#mapping.toSap(headerFields);
    const notifType = this.#mapping.toSapValue('type', type);
    const [date, time] = toDatsTims(this.#now(), this.#options.timeZone);

    const number = await this.#gateway.inLuw(async (connection) => {
      const created = await this.#callBapi(connection, 'BAPI_ALM_NOTIF_CREATE', {
        NOTIF_TYPE: notifType,
        NOTIFHEADER: { ...header, NOTIF_DATE: date, NOTIFTIME: time },
        NOTIFPARTNR: [
          {
            PARTN_ROLE: this.#settings.customerPartnerFunction,
            PARTNER: toAlpha(customerId, 10),
          },
        ],
        LONGTEXTS: description ? this.#headerText(description) : [],
      });
      const temporary = headerField(created.NOTIFHEADER_EXPORT, 'NOTIF_NO');

      const saved = await this.#callBapi(connection, 'BAPI_ALM_NOTIF_SAVE', { NUMBER: temporary });
      return headerField(saved.NOTIFHEADER, 'NOTIF_NO');
    });

    return this.#require(fromAlpha(number));
  }

  async get(id: string): Promise<Notification | null> {
    return this.#gateway.withConnection((connection) => this.#read(connection, id));
  }

  async findByExternalRef(externalRef: string): Promise<Notification | null> {
    const [first] = await this.list({ externalRef, limit: 1, offset: 0 });
    return first ?? null;
  }

  async list(query: NotificationQuery): Promise<Notification[]> {
    return this.#gateway.withConnection(async (connection) => {
      const numbers = await this.#selectNumbers(connection, query);
      const page = numbers.slice(query.offset, query.offset + query.limit);
      const statuses = await this.#readStatuses(connection, page);

      const notifications: Notification[] = [];
      for (const number of page) {
        const notification = await this.#read(connection, number, statuses.get(number));
        if (notification) notifications.push(notification);
      }
      return notifications;
    });
  }

  async update(id: string, change: NotificationChange): Promise<Notification> {
    const { description, ...headerFields } = change;
    const header = this.#mapping.toSap(headerFields);
    const flags = Object.fromEntries(
      this.#mapping.sapFieldsOf(Object.keys(headerFields)).map((name) => [name, 'X']),
    );
    const number = this.#toNumber(id);

    await this.#gateway.inLuw(async (connection) => {
      if (Object.keys(header).length > 0) {
        await this.#callBapi(
          connection,
          'BAPI_ALM_NOTIF_DATA_MODIFY',
          {
            NUMBER: number,
            NOTIFHEADER: header,
            NOTIFHEADER_X: flags,
          },
          id,
        );
      }
      if (description !== undefined) {
        await this.#callBapi(
          connection,
          'BAPI_ALM_NOTIF_DATA_ADD',
          {
            NUMBER: number,
            NOTFULLTXT: this.#headerText(description),
          },
          id,
        );
      }
      await this.#callBapi(connection, 'BAPI_ALM_NOTIF_SAVE', { NUMBER: number }, id);
    });

    return this.#require(id);
  }

  async transition(id: string, transition: NotificationTransition): Promise<Notification> {
    const number = this.#toNumber(id);
    const parameters =
      transition === 'complete'
        ? closeParameters(
            number,
            this.#options.languageIso,
            toDatsTims(this.#now(), this.#options.timeZone),
          )
        : { NUMBER: number, LANGUISO: this.#options.languageIso };

    await this.#gateway.inLuw((connection) =>
      this.#callBapi(connection, transitionModules[transition], parameters, id),
    );
    return this.#require(id);
  }

  async addItem(id: string, item: NewNotificationItem): Promise<Notification> {
    const number = this.#toNumber(id);

    await this.#gateway.inLuw(async (connection) => {
      const detail = await this.#callBapi(
        connection,
        'BAPI_ALM_NOTIF_GET_DETAIL',
        { NUMBER: number },
        id,
      );
      const items = Array.isArray(detail.NOTITEM)
        ? (detail.NOTITEM as Record<string, unknown>[])
        : [];
      const sortNumber =
        items.reduce((max, row) => Math.max(max, Number(row.ITEM_SORT_NO) || 0), 0) + 1;

      await this.#callBapi(
        connection,
        'BAPI_ALM_NOTIF_DATA_ADD',
        {
          NUMBER: number,
          NOTITEM: [
            {
              ITEM_SORT_NO: String(sortNumber).padStart(4, '0'),
              DESCRIPT: item.description,
              D_CODEGRP: item.codeGroup ?? '',
              D_CODE: item.code ?? '',
            },
          ],
        },
        id,
      );
      await this.#callBapi(connection, 'BAPI_ALM_NOTIF_SAVE', { NUMBER: number }, id);
    });

    return this.#require(id);
  }

  async #require(id: string): Promise<Notification> {
    const notification = await this.get(id);
    if (!notification) throw new NotFoundError('Notification', id);
    return notification;
  }

  async #read(
    connection: RfcConnection,
    id: string,
    knownStatus?: NotificationStatus,
  ): Promise<Notification | null> {
    const number = this.#toNumber(id);
    const detail = await connection.call('BAPI_ALM_NOTIF_GET_DETAIL', { NUMBER: number });
    const header = record(detail.NOTIFHEADER_EXPORT);
    if (isRefusal(readReturn(detail.RETURN)) || headerField(header, 'NOTIF_NO').trim() === '') {
      return null;
    }

    // Only notification types the mapping names are service notifications of this API.
    const fields = this.#mapping.fromSap(header);
    if (fields.type === null) return null;

    const status = knownStatus ?? (await this.#readStatuses(connection, [number])).get(number);
    const texts = rows(detail.NOTLONGTXT).filter((line) => line.OBJTYPE === 'QMEL');
    const createdAt = fields.createdAt as string;

    return {
      id: fields.id as string,
      type: fields.type as Notification['type'],
      subject: (fields.subject as string | null) ?? '',
      description: texts.length > 0 ? fromLongTextLines(texts) : null,
      priority: fields.priority as Notification['priority'],
      status: status ?? 'open',
      customerId: fields.customerId as string | null,
      equipmentId: fields.equipmentId as string | null,
      serialNumber: fields.serialNumber as string | null,
      materialId: fields.materialId as string | null,
      reportedBy: fields.reportedBy as string | null,
      externalRef: fields.externalRef as string | null,
      breakdown: fields.breakdown as boolean,
      requiredStart: fields.requiredStart as string | null,
      requiredEnd: fields.requiredEnd as string | null,
      orderId: fields.orderId as string | null,
      items: rows(detail.NOTITEM).map((row) => ({
        id: String(row.ITEM_KEY),
        description: typeof row.DESCRIPT === 'string' ? row.DESCRIPT : '',
        codeGroup: nonBlank(row.D_CODEGRP),
        code: nonBlank(row.D_CODE),
      })),
      createdAt,
      changedAt: (fields.changedAt as string | null) ?? createdAt,
      completedAt: fields.completedAt as string | null,
    };
  }

  /** The notification numbers matching the query's filters, newest first. */
  async #selectNumbers(connection: RfcConnection, query: NotificationQuery): Promise<string[]> {
    const { customerColumn, equipmentColumn, externalRefColumn, headerTable, typeColumn } =
      this.#settings;
    const types = notificationTypes.map((type) => this.#mapping.toSapValue('type', type));
    const where: TableCondition[] = [{ field: typeColumn, op: 'IN', values: types }];
    if (query.customerId !== undefined) {
      where.push({ field: customerColumn, op: '=', value: toAlpha(query.customerId, 10) });
    }
    if (query.equipmentId !== undefined) {
      where.push({ field: equipmentColumn, op: '=', value: toAlpha(query.equipmentId, 18) });
    }
    if (query.externalRef !== undefined) {
      where.push({ field: externalRefColumn, op: '=', value: query.externalRef });
    }

    const found = await readTable(connection, { table: headerTable, fields: ['QMNUM'], where });
    let numbers = found
      .map((row) => row.QMNUM ?? '')
      .sort()
      .reverse();

    if (query.status !== undefined) {
      const codes = Object.entries(this.#settings.statuses)
        .filter(([, status]) => status === query.status)
        .map(([code]) => code);
      const statuses = await this.#readStatuses(connection, numbers, codes);
      numbers = numbers.filter((number) => statuses.get(number) === query.status);
    }
    return numbers;
  }

  /** The API status of each notification, from its active system statuses in JEST. */
  async #readStatuses(
    connection: RfcConnection,
    numbers: string[],
    onlyCodes?: string[],
  ): Promise<Map<string, NotificationStatus>> {
    const statuses = new Map<string, NotificationStatus>();
    if (numbers.length === 0) return statuses;

    const codes = onlyCodes ?? Object.keys(this.#settings.statuses);
    const where: TableCondition[] = [
      { field: 'STAT', op: 'IN', values: codes },
      { field: 'INACT', op: '=', value: '' },
    ];
    // A small set is asked for by object number; a large one is filtered here instead.
    if (numbers.length <= 50) {
      where.push({ field: 'OBJNR', op: 'IN', values: numbers.map((n) => `QM${n}`) });
    } else {
      where.push({ field: 'OBJNR', op: 'LIKE', value: 'QM%' });
    }

    const active = await readTable(connection, { table: 'JEST', fields: ['OBJNR', 'STAT'], where });
    const byObject = new Map<string, Set<string>>();
    for (const row of active) {
      const set = byObject.get(row.OBJNR ?? '') ?? new Set<string>();
      set.add(row.STAT ?? '');
      byObject.set(row.OBJNR ?? '', set);
    }

    // The settings list statuses by precedence: the first active one wins.
    for (const number of numbers) {
      const active = byObject.get(`QM${number}`);
      const match = Object.entries(this.#settings.statuses).find(([code]) => active?.has(code));
      if (match) statuses.set(number, match[1]);
    }
    return statuses;
  }

  /** Calls a BAPI and turns a refusal in its RETURN into the matching service error. */
  async #callBapi(
    connection: RfcConnection,
    functionModule: string,
    parameters: Record<string, unknown>,
    id?: string,
  ): Promise<Record<string, unknown>> {
    return callBapi(connection, functionModule, parameters, (messages) =>
      this.#refusal(messages, id),
    );
  }

  #refusal(messages: SapMessage[], id: string | undefined) {
    const { notFound, locked, statusConflict } = this.#settings.messages;
    const errors = messages.filter((m) => m.type === 'E' || m.type === 'A' || m.type === 'X');
    if (id !== undefined && errors.some((m) => matchesMessage(m, notFound))) {
      return new NotFoundError('Notification', id);
    }
    if (errors.some((m) => matchesMessage(m, locked))) return new SapLockedError(messages);
    if (errors.some((m) => matchesMessage(m, statusConflict)))
      return new SapConflictError(messages);
    return new SapRefusedError(messages);
  }

  #headerText(description: string) {
    return toLongTextLines(description).map((line) => ({ OBJTYPE: 'QMEL', OBJKEY: '', ...line }));
  }

  #toNumber(id: string): string {
    return toAlpha(id, 12);
  }

  #now(): Date {
    return this.#options.clock?.() ?? new Date();
  }
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function rows(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

function headerField(value: unknown, field: string): string {
  const text = record(value)[field];
  return typeof text === 'string' ? text : '';
}

function nonBlank(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
