import { NotFoundError } from '../../errors.ts';
import type {
  CompletionOptions,
  NewConfirmation,
  Order,
  OrderCreation,
  OrderQuery,
  OrderSummary,
} from '../../domain/order.ts';
import type { ObjectMapping } from '../mapping/object-mapping.ts';
import { toAlpha } from '../mapping/sap-formats.ts';
import type { OrderPort } from '../port.ts';
import { findConfirmationByReference } from './confirmation-reference.ts';
import { OrderConfirmationPoster } from './order-confirmation.ts';
import { listOrders } from './order-list-reader.ts';
import { OrderReader } from './order-reader.ts';
import { orderSettingsSchema } from './order-settings.ts';
import type { OrderSettings } from './order-settings.ts';
import { OrderWriter } from './order-writer.ts';
import type { RfcGateway } from './rfc-gateway.ts';

/** Options of the order adapter. */
export interface BapiOrderAdapterOptions {
  /** The language of texts and status lines (ISO code such as EN). */
  languageIso: string;
  /** The SAP system's time zone, for the dates and times SAP stamps. */
  timeZone: string;
  clock?: () => Date;
}

/**
 * Service orders over BAPI_ALM_ORDER_MAINTAIN, BAPI_ALM_ORDER_GET_DETAIL,
 * BAPI_ALM_ORDERHEAD_GET_LIST, BAPI_ALM_CONF_CREATE, BAPI_GOODSMVT_CREATE and the close
 * function the mapping names; every write is one LUW, read back after the commit.
 */
export class BapiOrderAdapter implements OrderPort {
  readonly #gateway: RfcGateway;
  readonly #mapping: ObjectMapping;
  readonly #settings: OrderSettings;
  readonly #reader: OrderReader;
  readonly #writer: OrderWriter;
  readonly #confirmations: OrderConfirmationPoster;

  constructor(gateway: RfcGateway, mapping: ObjectMapping, options: BapiOrderAdapterOptions) {
    const now = () => options.clock?.() ?? new Date();
    this.#gateway = gateway;
    this.#mapping = mapping;
    this.#settings = mapping.readSettings(orderSettingsSchema);
    this.#reader = new OrderReader(mapping, this.#settings);
    this.#writer = new OrderWriter(gateway, {
      mapping,
      settings: this.#settings,
      languageIso: options.languageIso,
      timeZone: options.timeZone,
      now,
    });
    this.#confirmations = new OrderConfirmationPoster(gateway, {
      settings: this.#settings,
      timeZone: options.timeZone,
      now,
    });
  }

  async create(input: OrderCreation): Promise<Order> {
    return this.#require(await this.#writer.create(input));
  }

  get(id: string): Promise<Order | null> {
    return this.#gateway.withConnection((connection) => this.#reader.read(connection, id));
  }

  list(query: OrderQuery): Promise<OrderSummary[]> {
    return this.#gateway.withConnection((connection) =>
      listOrders(connection, query, {
        mapping: this.#mapping,
        settings: this.#settings,
        reader: this.#reader,
      }),
    );
  }

  async release(id: string): Promise<Order> {
    await this.#writer.release(id);
    return this.#require(id);
  }

  async complete(id: string, options: CompletionOptions): Promise<Order> {
    await this.#writer.complete(id, options);
    return this.#require(id);
  }

  async close(id: string): Promise<Order> {
    await this.#writer.close(id);
    return this.#require(id);
  }

  async confirm(id: string, confirmation: NewConfirmation): Promise<Order> {
    await this.#confirmations.confirm(id, confirmation);
    return this.#require(id);
  }

  findConfirmation(id: string, externalRef: string): Promise<string | null> {
    return this.#gateway.withConnection((connection) =>
      findConfirmationByReference(connection, toAlpha(id, 12), externalRef, this.#settings),
    );
  }

  async #require(id: string): Promise<Order> {
    const order = await this.get(id);
    if (!order) throw new NotFoundError('Order', id);
    return order;
  }
}
