import type { MaterialIssue, NewConfirmation } from '../../domain/order.ts';
import { toAlpha, toDatsTims } from '../mapping/sap-formats.ts';
import { callBapi, isRefusal, readReturn } from './bapi-return.ts';
import { referenceFields } from './confirmation-reference.ts';
import { orderRefusal, readAlmReturn } from './order-settings.ts';
import type { OrderSettings } from './order-settings.ts';
import type { RfcGateway } from './rfc-gateway.ts';

/** What the confirmation poster needs besides the gateway. */
export interface OrderConfirmationContext {
  settings: OrderSettings;
  /** The SAP system's time zone, for the posting date. */
  timeZone: string;
  now: () => Date;
}

/** Builds the time ticket (BAPI_ALM_TIMECONFIRMATION) of a confirmation. */
export function buildTimeTicket(
  orderNumber: string,
  confirmation: NewConfirmation,
  settings: OrderSettings,
  postingDate: string,
): Record<string, string> {
  return {
    ORDERID: orderNumber,
    OPERATION: confirmation.operationId,
    FIN_CONF: confirmation.final ? 'X' : '',
    POSTG_DATE: postingDate,
    CONF_TEXT: confirmation.note ?? '',
    ACT_WORK: confirmation.hours,
    UN_WORK: settings.hoursUnit,
    ...referenceFields(confirmation.externalRef, settings),
  };
}

/** Builds the parameters of BAPI_GOODSMVT_CREATE that issue the parts to the order (261). */
export function buildGoodsIssue(
  orderNumber: string,
  materials: MaterialIssue[],
  settings: OrderSettings,
  postingDate: string,
): Record<string, unknown> {
  return {
    GOODSMVT_HEADER: { PSTNG_DATE: postingDate, DOC_DATE: postingDate },
    GOODSMVT_CODE: { GM_CODE: settings.goodsMovementCode },
    GOODSMVT_ITEM: materials.map((material) => ({
      MATERIAL: toAlpha(material.materialId, 18),
      PLANT: material.plant.toUpperCase(),
      STGE_LOC: (material.storageLocation ?? settings.defaultStorageLocation).toUpperCase(),
      MOVE_TYPE: settings.issueMovementType,
      ENTRY_QNT: material.quantity,
      ...(settings.quantityUnit === undefined ? {} : { ENTRY_UOM: settings.quantityUnit }),
      ORDERID: orderNumber,
    })),
  };
}

/**
 * Posts a time confirmation (BAPI_ALM_CONF_CREATE) and the goods issue of the parts used
 * (BAPI_GOODSMVT_CREATE) in one LUW: when the goods issue fails, the confirmation is rolled back.
 */
export class OrderConfirmationPoster {
  readonly #gateway: RfcGateway;
  readonly #context: OrderConfirmationContext;

  constructor(gateway: RfcGateway, context: OrderConfirmationContext) {
    this.#gateway = gateway;
    this.#context = context;
  }

  /** Posts the confirmation and its parts; throws the matching service error when SAP refuses. */
  async confirm(id: string, confirmation: NewConfirmation): Promise<void> {
    const { settings, timeZone, now } = this.#context;
    const number = toAlpha(id, 12);
    const [postingDate] = toDatsTims(now(), timeZone);
    const refuse = (messages: Parameters<typeof orderRefusal>[0]) =>
      orderRefusal(messages, settings, id);

    await this.#gateway.inLuw(async (connection) => {
      const result = await connection.call('BAPI_ALM_CONF_CREATE', {
        TIMETICKETS: [buildTimeTicket(number, confirmation, settings, postingDate)],
      });
      // RETURN is a structure with the first error; DETAIL_RETURN has one line per ticket.
      const detail = readAlmReturn(result.DETAIL_RETURN);
      const first = readReturn(result.RETURN);
      if (isRefusal(detail) || isRefusal(first)) {
        throw refuse(isRefusal(detail) ? detail : first);
      }

      if (confirmation.materials.length === 0) return;
      await callBapi(
        connection,
        'BAPI_GOODSMVT_CREATE',
        buildGoodsIssue(number, confirmation.materials, settings, postingDate),
        refuse,
      );
    });
  }
}
