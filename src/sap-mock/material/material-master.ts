import { defineStructure } from '../ddic/structure.ts';
import { lengthCheck } from '../messages/length-check.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';
import type { MessageKey } from '../messages/message-catalogue.ts';
import type { MessageTarget } from '../messages/bapi-return.ts';

// Reading and checking a material's master data (MARA, MARC) for the material and purchasing
// function modules.

/** A material found in a plant: its client row (MARA) and plant row (MARC). */
export interface MaterialInPlant {
  mara: Row;
  marc: Row;
}

/** The result of a master data check: the rows, or the E message that refused them. */
export type MaterialCheck<T> = { found: T; error: undefined } | { found: undefined; error: Row };

/** Which message a plant check answers: M3 334 for most BAPIs, M7 001 for the MRP list. */
export type NotInPlantKey = Extract<
  MessageKey,
  'MATERIAL_NOT_IN_PLANT_MASTER' | 'MATERIAL_NOT_IN_PLANT'
>;

/** A material number as messages show it: without leading zeros when it is numeric. */
export function externalMaterial(material: string): string {
  return /^\d+$/.test(material) ? material.replace(/^0+(?=\d)/, '') : material;
}

/** The lock argument of a material (lock object EMMARAE: client-independent here). */
export function materialLockArgument(material: string): string {
  return `MARA ${material}`;
}

/** Finds a material's MARA row; refuses an unknown material with M3 305. */
export function checkMaterial(
  call: FunctionCall,
  material: string,
  target: MessageTarget,
): MaterialCheck<Row> {
  const mara = material === '' ? undefined : call.database.get('MARA', { MATNR: material });
  if (mara !== undefined) return { found: mara, error: undefined };
  const error = call.message('E', 'MATERIAL_NOT_FOUND', [externalMaterial(material)], target);
  return { found: undefined, error };
}

/** Finds a material and its plant data; refuses an unknown material or one not in the plant. */
export function checkMaterialInPlant(
  call: FunctionCall,
  place: { material: string; plant: string },
  options: { target: MessageTarget; notInPlant?: NotInPlantKey },
): MaterialCheck<MaterialInPlant> {
  const checked = checkMaterial(call, place.material, options.target);
  if (checked.found === undefined) return checked;

  const marc = call.database.get('MARC', { MATNR: place.material, WERKS: place.plant });
  if (marc !== undefined) return { found: { mara: checked.found, marc }, error: undefined };
  const key = options.notInPlant ?? 'MATERIAL_NOT_IN_PLANT_MASTER';
  const variables = [externalMaterial(place.material), place.plant];
  return { found: undefined, error: call.message('E', key, variables, options.target) };
}

/** Checks CHAR scalar imports for values longer than their type, with a catalogue key. */
export function checkScalarLengths(
  call: FunctionCall,
  key: MessageKey,
  scalars: Readonly<Record<string, string>>,
): Row[] {
  const check = lengthCheck(key);
  return Object.entries(scalars).flatMap(([name, type]) => {
    const structure = defineStructure(name, { [name]: type });
    const row = { [name]: call.input.scalar(name) };
    return check(call, name, structure, [row], { isTable: false });
  });
}

/** Adds days to a date in internal format (YYYYMMDD, UTC calendar). */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10).replaceAll('-', '');
}
