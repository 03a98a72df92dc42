import { callBapi } from './bapi-return.ts';
import { closeParameters } from './notification-close.ts';
import { AppError } from '../../errors.ts';
import type { SapMessage } from '../../errors.ts';
import type { CompletionOptions, OrderCreation } from '../../domain/order.ts';
import type { ObjectMapping } from '../mapping/object-mapping.ts';
import { fromAlpha, toAlpha, toDatsTims } from '../mapping/sap-formats.ts';
import {
  buildCreateTables,
  buildHeaderMethodTables,
  newOrderNumber,
} from './order-method-table.ts';
import type { OrderHeaderMethod } from './order-method-table.ts';
import { orderRefusal } from './order-settings.ts';
import type { OrderSettings } from './order-settings.ts';
import type { RfcConnection, RfcGateway } from './rfc-gateway.ts';

/** What the order writer needs besides the gateway. */
export interface OrderWriterContext {
  mapping: ObjectMapping;
  settings: OrderSettings;
  /** The language of status texts (ISO code such as EN). */
  languageIso: string;
  /** The SAP system's time zone, for reference dates and times. */
  timeZone: string;
  now: () => Date;
}

/** Creates orders and changes their status, each change one LUW on one connection. */
export class OrderWriter {
  readonly #gateway: RfcGateway;
  readonly #context: OrderWriterContext;

  constructor(gateway: RfcGateway, context: OrderWriterContext) {
    this.#gateway = gateway;
    this.#context = context;
  }

  /** Creates and commits an order; answers its number without leading zeros. */
  async create(order: OrderCreation): Promise<string> {
    const { mapping, settings } = this.#context;
    const header = mapping.toSap({
      type: order.type,
      description: order.description,
      priority: order.priority,
      equipmentId: order.reference.kind === 'customer' ? order.reference.equipmentId : undefined,
    });
    const [today] = this.#stamp();
    const tables = buildCreateTables(order, header, settings, today);

    const number = await this.#gateway.inLuw(async (connection) => {
      const result = await this.#maintain(connection, tables);
      const created = newOrderNumber(result.ET_NUMBERS);
      if (created === '') {
        throw new AppError('SAP_ANSWER_INCOMPLETE', 502, 'SAP saved the order without a number.');
      }
      return created;
    });
    return fromAlpha(number);
  }

  /** Releases the order (HEADER RELEASE). */
  async release(id: string): Promise<void> {
    await this.#changeStatus(id, 'RELEASE');
  }

  /**
   * Completes the order technically at the current date and time (HEADER TECHNICALCOMPLETE), and
   * in the same LUW the notification with BAPI_ALM_NOTIF_CLOSE, as the notification API does.
   */
  async complete(id: string, options: CompletionOptions): Promise<void> {
    const [date, time] = this.#stamp();
    const number = toAlpha(id, 12);
    const tables = buildHeaderMethodTables(number, 'TECHNICALCOMPLETE', {
      TECO_REF_DATE: date,
      TECO_REF_TIME: time,
    });

    await this.#gateway.inLuw(async (connection) => {
      await this.#maintain(connection, tables, id);
      if (options.notificationId === undefined) return;

      const notification = toAlpha(options.notificationId, 12);
      await callBapi(
        connection,
        'BAPI_ALM_NOTIF_CLOSE',
        closeParameters(notification, this.#context.languageIso, [date, time]),
        (messages) => this.#refusal(messages),
      );
    });
  }

  /** Closes the order (business completion) with the function module the mapping names. */
  async close(id: string): Promise<void> {
    const [date] = this.#stamp();
    await this.#gateway.inLuw((connection) =>
      callBapi(
        connection,
        this.#context.settings.closeFunction,
        { IV_ORDERID: toAlpha(id, 12), IV_REFDATE: date },
        (messages) => this.#refusal(messages, id),
      ),
    );
  }

  async #changeStatus(id: string, method: OrderHeaderMethod): Promise<void> {
    const tables = buildHeaderMethodTables(toAlpha(id, 12), method);
    await this.#gateway.inLuw((connection) => this.#maintain(connection, tables, id));
  }

  #maintain(connection: RfcConnection, tables: object, id?: string) {
    return callBapi(connection, 'BAPI_ALM_ORDER_MAINTAIN', { ...tables }, (messages) =>
      this.#refusal(messages, id),
    );
  }

  #refusal(messages: SapMessage[], id?: string) {
    return orderRefusal(messages, this.#context.settings, id);
  }

  #stamp(): [string, string] {
    return toDatsTims(this.#context.now(), this.#context.timeZone);
  }
}
