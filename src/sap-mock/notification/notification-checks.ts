import { lengthCheck } from '../messages/length-check.ts';
import type { Row } from '../ddic/structure.ts';
import type { FunctionCall } from '../functions/function-module.ts';

// Business checks of the notification BAPIs. Each check answers RETURN lines of type 'E'; an
// empty list means the input passed.

/** The technical object a notification refers to, resolved against EQUI. */
export interface TechnicalObject {
  equipment: string;
  material: string;
  serialNumber: string;
  /** EQUI-KUND1 of the equipment: the customer owning it, if any. */
  owner: string;
}

/** Finds CHAR values longer than their field (or than the table field they are stored in). */
export const checkLengths = lengthCheck('VALUE_TOO_LONG');

/** Checks that a notification type exists in TQ80; answers its row. */
export function checkNotificationType(
  call: FunctionCall,
  notificationType: string,
): { definition: Row | undefined; messages: Row[] } {
  const definition = call.database.get('TQ80', { QMART: notificationType });
  if (definition !== undefined) return { definition, messages: [] };

  const message = call.message('E', 'NOTIFICATION_TYPE_UNKNOWN', [notificationType], {
    parameter: 'NOTIF_TYPE',
  });
  return { definition, messages: [message] };
}

/** Checks a priority against T356 for the priority type of the notification type. */
export function checkPriority(
  call: FunctionCall,
  priorityType: string,
  priority: string,
  parameter: string,
): Row[] {
  if (priority === '') return [];
  if (call.database.get('T356', { ARTPR: priorityType, PRIOK: priority }) !== undefined) return [];
  return [
    call.message('E', 'PRIORITY_NOT_ALLOWED', [priority, priorityType], {
      parameter,
      field: 'PRIORITY',
    }),
  ];
}

/** Resolves EQUIPMENT, or MATERIAL + SERIALNO when EQUIPMENT is blank, against EQUI. */
export function resolveTechnicalObject(
  call: FunctionCall,
  header: Readonly<Row>,
  parameter: string,
): { object: TechnicalObject; messages: Row[] } {
  const equipment = header['EQUIPMENT'] ?? '';
  const material = header['MATERIAL'] ?? '';
  const serialNumber = header['SERIALNO'] ?? '';
  const none = { equipment, material, serialNumber, owner: '' };

  if (equipment !== '') {
    // Keys travel in internal format: an equipment number without its leading zeros is unknown.
    const row = call.database.get('EQUI', { EQUNR: equipment });
    if (row === undefined) {
      const message = call.message('E', 'EQUIPMENT_NOT_FOUND', [equipment], {
        parameter,
        field: 'EQUIPMENT',
      });
      return { object: none, messages: [message] };
    }
    return { object: objectOf(row, material, serialNumber), messages: [] };
  }

  if (serialNumber === '') return { object: none, messages: [] };
  const row = call.database.find(
    'EQUI',
    (candidate) => candidate['MATNR'] === material && candidate['SERNR'] === serialNumber,
  );
  if (row === undefined) {
    const message = call.message('E', 'SERIAL_NUMBER_NOT_FOUND', [material, serialNumber], {
      parameter,
      field: 'SERIALNO',
    });
    return { object: none, messages: [message] };
  }
  return { object: objectOf(row, material, serialNumber), messages: [] };
}

function objectOf(equi: Readonly<Row>, material: string, serialNumber: string): TechnicalObject {
  return {
    equipment: equi['EQUNR'] ?? '',
    material: material === '' ? (equi['MATNR'] ?? '') : material,
    serialNumber: serialNumber === '' ? (equi['SERNR'] ?? '') : serialNumber,
    owner: equi['KUND1'] ?? '',
  };
}

/** Checks the customers of sold-to partners ('AG') against KNA1. */
export function checkPartners(
  call: FunctionCall,
  partners: readonly Readonly<Row>[],
  parameter: string,
): Row[] {
  const messages: Row[] = [];
  partners.forEach((partner, index) => {
    if (partner['PARTN_ROLE'] !== 'AG') return;
    const customer = partner['PARTNER'] ?? '';
    if (customer.length <= 10 && call.database.get('KNA1', { KUNNR: customer }) !== undefined) {
      return;
    }
    messages.push(
      call.message('E', 'CUSTOMER_NOT_FOUND_AS_PARTNER', [customer, 'AG'], {
        parameter,
        row: index + 1,
        field: 'PARTNER',
      }),
    );
  });
  return messages;
}

/** Checks items: a sort number on every new item and its problem code in the catalogue. */
export function checkItems(
  call: FunctionCall,
  items: readonly Readonly<Row>[],
  parameter: string,
): Row[] {
  const messages: Row[] = [];
  items.forEach((item, index) => {
    const target = { parameter, row: index + 1 };
    if (/^0*$/.test(item['ITEM_SORT_NO'] ?? '')) {
      messages.push(
        call.message('E', 'SORT_NUMBER_MISSING', [String(index + 1)], {
          ...target,
          field: 'ITEM_SORT_NO',
        }),
      );
    }
    messages.push(...checkCode(call, item['D_CODEGRP'] ?? '', item['D_CODE'] ?? '', target));
  });
  return messages;
}

/** Checks a code group and code against the problem catalogue (QPCD, catalogue type 'C'). */
export function checkCode(
  call: FunctionCall,
  codeGroup: string,
  code: string,
  target: { parameter: string; row?: number },
): Row[] {
  if (codeGroup === '' && code === '') return [];

  const known =
    code === ''
      ? call.database.find(
          'QPCD',
          (row) => row['KATALOGART'] === 'C' && row['CODEGRUPPE'] === codeGroup,
        )
      : call.database.get('QPCD', { KATALOGART: 'C', CODEGRUPPE: codeGroup, CODE: code });
  if (known !== undefined) return [];
  return [
    call.message('E', 'CODE_NOT_IN_CATALOGUE', [codeGroup, code, 'C'], {
      ...target,
      field: code === '' ? 'D_CODEGRP' : 'D_CODE',
    }),
  ];
}
