import { normaliseDecimal, parseDecimal } from '../../domain/order-decimal.ts';
import { NotFoundError } from '../../errors.ts';
import type { Part, PartAvailability, PartQuery, ReorderPolicy } from '../../domain/part.ts';
import { fromAlpha, fromDats, toDatsTims } from '../mapping/sap-formats.ts';
import type { ObjectMapping } from '../mapping/object-mapping.ts';
import type { PartPort } from '../port.ts';
import { callBapi, isRefusal, matchesMessage, readReturn } from './bapi-return.ts';
import { structure, tableRows, textField } from './order-settings.ts';
import { partRefusal, partSettingsSchema } from './part-settings.ts';
import type { PartSettings } from './part-settings.ts';
import { PartStockReader } from './part-stock-reader.ts';
import type { RfcConnection, RfcGateway } from './rfc-gateway.ts';
import { sapLanguageKey } from './sap-language.ts';

/** What the part adapter needs besides its mapping. */
export interface PartAdapterOptions {
  languageIso: string;
  timeZone: string;
}

/** The master data BAPI_MATERIAL_GET_ALL gives of a material (in a plant). */
interface MaterialMaster {
  unit: string;
  description: string | null;
  mrpType: string;
}

/**
 * Spare parts over the material master BAPIs (BAPI_MATERIAL_GET_ALL, _SAVEDATA), SAP's
 * availability check (BAPI_MATERIAL_AVAILABILITY) and stock tables read through RFC_READ_TABLE.
 */
export class BapiPartAdapter implements PartPort {
  readonly #gateway: RfcGateway;
  readonly #mapping: ObjectMapping;
  readonly #settings: PartSettings;
  readonly #options: PartAdapterOptions;
  readonly #stock: PartStockReader;

  constructor(gateway: RfcGateway, mapping: ObjectMapping, options: PartAdapterOptions) {
    this.#gateway = gateway;
    this.#mapping = mapping;
    this.#settings = mapping.readSettings(partSettingsSchema);
    this.#options = options;
    this.#stock = new PartStockReader(this.#settings, sapLanguageKey(options.languageIso));
  }

  get(materialId: string): Promise<Part | null> {
    const material = this.#material(materialId);
    return this.#gateway.withConnection(async (connection) => {
      const master = await this.#readMaster(connection, materialId, material);
      if (master === null) return null;
      const plants = await this.#stock.plants(connection, { materials: [material] });
      return {
        materialId: fromAlpha(material),
        description: master.description,
        unit: master.unit,
        plants: plants.get(material) ?? [],
      };
    });
  }

  list(query: PartQuery): Promise<Part[]> {
    const plant = query.plant === undefined ? undefined : this.#plant(query.plant);
    return this.#gateway.withConnection(async (connection) => {
      const found =
        query.search === undefined ? undefined : await this.#stock.search(connection, query.search);
      const numbers = await this.#stock.sparePartNumbers(connection, {
        ...(found === undefined ? {} : { materials: found }),
        ...(plant === undefined ? {} : { plant }),
        belowCandidatesOnly: query.belowReorderPoint === true,
      });
      const page = (list: string[]) => list.slice(query.offset, query.offset + query.limit);
      if (query.belowReorderPoint !== true) {
        return this.#stock.parts(connection, { materials: page(numbers), plant });
      }

      const plants = await this.#stock.plants(connection, { materials: numbers, plant });
      const low = numbers.filter((number) =>
        (plants.get(number) ?? []).some((figures) => figures.belowReorderPoint),
      );
      return this.#stock.parts(connection, { materials: page(low), plant }, plants);
    });
  }

  availability(
    materialId: string,
    place: { plant: string; storageLocation?: string | undefined },
    quantity: string,
  ): Promise<PartAvailability | null> {
    const material = this.#material(materialId);
    const werks = this.#plant(place.plant);
    const storageLocation = place.storageLocation?.toUpperCase();
    return this.#gateway.withConnection(async (connection) => {
      const master = await this.#readMaster(connection, materialId, material, werks);
      if (master === null) return null;

      const [today] = toDatsTims(new Date(), this.#options.timeZone);
      const result = await callBapi(
        connection,
        'BAPI_MATERIAL_AVAILABILITY',
        {
          PLANT: werks,
          MATERIAL: material,
          UNIT: master.unit,
          ...(storageLocation === undefined ? {} : { STGE_LOC: storageLocation }),
          WMDVSX: [{ REQ_DATE: today, REQ_QTY: quantity }],
        },
        (messages) => partRefusal(messages, this.#settings, { materialId, plant: werks }),
      );

      const available = normaliseDecimal(textField(result, 'AV_QTY_PLT') || '0');
      const requested = normaliseDecimal(quantity);
      const confirmations = tableRows(result.WMDVEX).filter(
        (row) => (parseDecimal(textField(row, 'COM_QTY')) ?? 0n) > 0n,
      );
      const confirmed = confirmations.reduce(
        (total, row) => total + (parseDecimal(textField(row, 'COM_QTY')) ?? 0n),
        0n,
      );
      const lastDate = confirmations
        .map((row) => textField(row, 'COM_DATE'))
        .sort()
        .at(-1);
      const enough = confirmed >= (parseDecimal(requested) ?? 0n);
      return {
        materialId: fromAlpha(material),
        plant: werks,
        storageLocation: storageLocation ?? null,
        unit: master.unit,
        requested,
        available,
        isAvailable: (parseDecimal(available) ?? 0n) >= (parseDecimal(requested) ?? 0n),
        availableOn: enough ? fromDats(lastDate) : null,
      };
    });
  }

  setReorderPolicy(materialId: string, plant: string, policy: ReorderPolicy): Promise<void> {
    const material = this.#material(materialId);
    const werks = this.#plant(plant);
    return this.#gateway.inLuw(async (connection) => {
      const master = await this.#readMaster(connection, materialId, material, werks);
      if (master === null) throw new NotFoundError('Part', `${materialId} in plant ${werks}`);

      const planned = (parseDecimal(policy.reorderPoint) ?? 0n) > 0n;
      const unplanned = master.mrpType === '' || master.mrpType === 'ND';
      const plantData: Record<string, string> = {
        PLANT: werks,
        REORDER_PT: policy.reorderPoint,
        SAFETY_STK: policy.safetyStock,
        FIXED_LOT: policy.reorderQuantity,
        LOTSIZEKEY: this.#settings.fixedLotSizeKey,
      };
      if (planned && unplanned) plantData['MRP_TYPE'] = this.#settings.reorderPointMrpType;
      const flags = Object.fromEntries(
        Object.keys(plantData).map((field) => [field, field === 'PLANT' ? werks : 'X']),
      );

      await callBapi(
        connection,
        'BAPI_MATERIAL_SAVEDATA',
        {
          HEADDATA: { MATERIAL: material, MRP_VIEW: 'X' },
          PLANTDATA: plantData,
          PLANTDATAX: flags,
        },
        (messages) => partRefusal(messages, this.#settings, { materialId, plant: werks }),
      );
    });
  }

  // BAPI_MATERIAL_GET_ALL: null when SAP does not know the material (or it is not in the plant).
  async #readMaster(
    connection: RfcConnection,
    materialId: string,
    material: string,
    plant?: string,
  ): Promise<MaterialMaster | null> {
    const result = await connection.call('BAPI_MATERIAL_GET_ALL', {
      MATERIAL: material,
      ...(plant === undefined ? {} : { PLANT: plant }),
    });
    const messages = readReturn(result.RETURN);
    if (isRefusal(messages)) {
      const { materialNotFound, notInPlant } = this.#settings.messages;
      const missing = [...materialNotFound, ...notInPlant];
      if (messages.some((message) => matchesMessage(message, missing))) return null;
      throw partRefusal(messages, this.#settings, { materialId, plant });
    }

    const descriptions = tableRows(result.MATERIALDESCRIPTION);
    const wanted = this.#options.languageIso.toUpperCase();
    const text =
      descriptions.find((row) => textField(row, 'LANGU_ISO') === wanted) ?? descriptions[0];
    return {
      unit: textField(structure(result.CLIENTDATA), 'BASE_UOM'),
      description: text === undefined ? null : textField(text, 'MATL_DESC') || null,
      mrpType: textField(structure(result.PLANTDATA), 'MRP_TYPE'),
    };
  }

  #material(materialId: string): string {
    return this.#mapping.toSapValue('materialId', materialId);
  }

  #plant(plant: string): string {
    return this.#mapping.toSapValue('plant', plant);
  }
}
