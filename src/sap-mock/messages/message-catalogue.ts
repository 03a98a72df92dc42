/** One message of the catalogue: SAP message class, number and text template with &1 … &4. */
export interface CatalogueMessage {
  readonly id: string;
  readonly number: string;
  readonly text: string;
  /** True where SAP's real class/number is not known and the mock picked one. */
  readonly guessed: boolean;
}

function message(id: string, number: string, text: string, guessed = true): CatalogueMessage {
  return { id, number, text, guessed };
}

// The texts are the mock's own wording in SAP's style. Only S& 101 is confirmed as SAP's
// number (sap-bapi.md §6.1); every other class/number pair is a guess (guessed: true) that
// keeps to the class SAP uses for the area: IM notifications, IX notification partners,
// BS status management, IE/IS equipment and serial numbers, F2 customers, NR number ranges.

/** The messages the mock SAP's function modules return in RETURN, by a stable key. */
export const messageCatalogue = {
  NOTIFICATION_NOT_FOUND: message('IM', '003', 'Notification &1 does not exist'),
  NOTIFICATION_TYPE_UNKNOWN: message('IM', '101', 'Notification type &1 is not defined'),
  PRIORITY_NOT_ALLOWED: message('IM', '106', 'Priority &1 is not defined for priority type &2'),
  CODE_NOT_IN_CATALOGUE: message('IM', '112', 'Code group &1 code &2 not in catalog &3'),
  VALUE_TOO_LONG: message('IM', '119', 'Value in field &1 is longer than &2 characters'),
  LOCKED_BY_USER: message('IM', '150', 'Notification &1 is being processed by user &2'),
  NOTIFICATION_COMPLETED: message(
    'IM',
    '170',
    'Notification &1 is completed; changes not possible',
  ),
  SORT_NUMBER_MISSING: message('IM', '225', 'Enter a sort number for item &1'),
  ITEM_NOT_FOUND: message(
    'IM',
    '226',
    'Item with sort number &1 does not exist in notification &2',
  ),
  CUSTOMER_NOT_FOUND_AS_PARTNER: message(
    'IX',
    '005',
    'Customer &1 does not exist (partner function &2)',
  ),
  STATUS_CHANGE_NOT_ALLOWED: message(
    'BS',
    '007',
    'Business transaction &1 is not allowed: status &2 is active (&3)',
  ),
  EQUIPMENT_NOT_FOUND: message('IE', '115', 'Equipment &1 does not exist'),
  SERIAL_NUMBER_NOT_FOUND: message('IS', '034', 'Serial number &2 does not exist for material &1'),
  CUSTOMER_NOT_FOUND: message('F2', '163', 'Customer &1 has not been created'),
  NUMBER_RANGE_EXHAUSTED: message('NR', '751', 'No free number in interval &2 of object &1'),
  POSTING_FAILED: message('S&', '101', 'Posting could not be carried out', false),
  // Not an SAP message: the mock says plainly which part of a BAPI interface it does not process.
  NOT_SUPPORTED_BY_MOCK: message('ZMOCK', '001', 'The mock SAP does not process &1 in &2'),
} as const satisfies Record<string, CatalogueMessage>;

/** The key of a catalogue message. */
export type MessageKey = keyof typeof messageCatalogue;

/** Fills a template's placeholders &1 … &4 with the message variables. */
export function renderMessage(template: string, variables: readonly string[]): string {
  return template.replace(/&([1-4])/g, (_placeholder, index: string) => {
    return variables[Number(index) - 1] ?? '';
  });
}
