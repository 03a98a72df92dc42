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
  // Service orders, confirmations and goods movements: IWO_BAPI2 126/112 and M7 021 are SAP's
  // class and number (seen in public code); the others keep to the area's class (IW orders,
  // RU confirmations, M7 inventory management, 00 general) with a guessed number.
  ORDER_SAVED: message('IWO_BAPI2', '126', 'Order &2 saved', false),
  ORDER_CHANGE_SAVED: message('IWO_BAPI2', '112', 'Order &1 saved', false),
  ORDER_NOT_FOUND: message('IW', '013', 'Order &1 does not exist'),
  ORDER_LOCKED_BY_USER: message('IW', '080', 'Order &1 is being processed by user &2'),
  ORDER_COMPLETED: message('IW', '162', 'Order &1 is completed; changes not possible'),
  ORDER_TYPE_UNKNOWN: message('IW', '007', 'Order type &1 is not defined'),
  WORK_CENTER_NOT_FOUND: message('IW', '031', 'Work center &1 does not exist in plant &2'),
  OPERATION_NOT_FOUND: message('IW', '051', 'Operation &1 does not exist in order &2'),
  OPERATION_EXISTS: message('IW', '052', 'Operation &1 already exists in order &2'),
  REQUIRED_FIELD_MISSING: message('00', '055', 'Fill in all required entry fields (&1)'),
  ORDER_NOT_RELEASED: message('RU', '131', 'Order &1 is not released'),
  ORDER_CLOSED: message('RU', '132', 'Order &1 is closed; no confirmation possible'),
  CONFIRMATION_SAVED: message('RU', '100', 'Confirmation &1 &2 saved'),
  MATERIAL_NOT_IN_PLANT: message('M7', '001', 'Material &1 does not exist in plant &2'),
  STOCK_DEFICIT: message('M7', '021', 'Deficit of SL Unrestricted-use &3 &4 : &1 &2', false),
  RESERVATION_ITEM_NOT_FOUND: message('M7', '104', 'Reservation item &1 &2 does not exist'),
  // Reservations (BAPI_RESERVATION_CREATE1): class M7, guessed numbers.
  QUANTITY_NOT_AVAILABLE: message('M7', '065', 'Only &1 &2 of material &3 available in plant &4'),
  RESERVATION_VALUE_TOO_LONG: message(
    'M7',
    '066',
    'Value in field &1 is longer than &2 characters',
  ),
  // Sales documents (service contracts): V1 311 is SAP's success message on save (seen in
  // public code); the others keep to the SD classes V1 and V4 with a guessed number.
  SALES_DOCUMENT_SAVED: message('V1', '311', '&1 &2 has been saved', false),
  SALES_DOCUMENT_TYPE_UNKNOWN: message('V1', '381', 'Sales document type &1 is not defined'),
  SOLD_TO_NOT_FOUND: message('V1', '048', 'Customer &1 does not exist'),
  SOLD_TO_MISSING: message('V1', '384', 'Enter a sold-to party (partner function AG)'),
  SALES_ITEMS_MISSING: message('V1', '385', 'Enter at least one item with a material'),
  SALES_MATERIAL_NOT_FOUND: message('V1', '392', 'Material &1 does not exist'),
  PERCENTAGE_OUT_OF_RANGE: message('V1', '479', 'Condition &1: percentage &2 is not 0 to 100'),
  SALES_VALUE_TOO_LONG: message('V1', '460', 'Value in field &1 is longer than &2 characters'),
  CONTRACT_END_BEFORE_START: message('V4', '080', 'Contract end date &1 is before start date &2'),
  SALES_DOCUMENT_NOT_FOUND: message('V1', '302', 'SD document &1 item &2 is not in the database'),
  SALES_DOCUMENT_LOCKED: message('V1', '042', 'SD document &1 is being processed by user &2'),
  // Debit memo requests (SD_SALESDOCUMENT_CREATE): class V1, guessed numbers.
  SALES_DOCUMENT_TYPE_NOT_ALLOWED: message(
    'V1',
    '386',
    'Sales document type &1 cannot be used for business object &2',
  ),
  SALES_QUANTITY_NOT_POSITIVE: message('V1', '387', 'Enter a quantity greater than zero (item &1)'),
  SALES_CONDITION_ITEM_UNKNOWN: message('V1', '388', 'Condition &1 refers to unknown item &2'),
  NO_PRICE: message('V1', '801', 'No price for material &1 (condition PR00)'),
  // Billing (BAPI_BILLINGDOC_*): class VF; 311 is the number the interface gives (unconfirmed),
  // the others are guesses.
  BILLING_DOCUMENT_SAVED: message('VF', '311', 'Document &1 has been saved'),
  BILLING_REFERENCE_NOT_FOUND: message('VF', '011', 'Reference document &1 does not exist'),
  BILLING_REFERENCE_NOT_BILLABLE: message(
    'VF',
    '012',
    'Document &1 (category &2) cannot be billed with billing type &3',
  ),
  BILLING_ALREADY_BILLED: message('VF', '016', 'Document &1 has already been billed (&2)'),
  BILLING_TYPE_UNKNOWN: message('VF', '017', 'Billing type &1 is not defined'),
  BILLING_DOCUMENT_NOT_FOUND: message('VF', '050', 'Billing document &1 does not exist'),
  BILLING_ALREADY_CANCELLED: message('VF', '051', 'Billing document &1 is already cancelled'),
  BILLING_NOT_CANCELLABLE: message(
    'VF',
    '052',
    'Billing document &1 of category &2 cannot be cancelled',
  ),
  BILLING_ITEM_CLEARED: message(
    'VF',
    '053',
    'Billing document &1: accounting item is cleared by document &2',
  ),
  // Customer line items (BAPI_AR_ACC_GETOPENITEMS): class F5, guessed numbers.
  COMPANY_CODE_NOT_FOUND: message('F5', '165', 'Company code &1 does not exist'),
  CUSTOMER_NOT_IN_COMPANY_CODE: message(
    'F5',
    '166',
    'Customer &1 does not exist in company code &2',
  ),

  // Materials and purchase requisitions: M3 material master and 06 purchasing are SAP's
  // classes; every number here is a guess.
  MATERIAL_NOT_FOUND: message('M3', '305', 'The material &1 does not exist or is not activated'),
  MATERIAL_NOT_IN_PLANT_MASTER: message('M3', '334', 'Material &1 is not maintained in plant &2'),
  MATERIAL_LOCKED: message('M3', '022', 'Material &1 is being processed by user &2'),
  MATERIAL_CHANGED: message('M3', '801', 'Material &1 changed'),
  MRP_TYPE_UNKNOWN: message('M3', '350', 'MRP type &1 is not defined'),
  UNIT_NOT_BASE_UNIT: message('M3', '351', 'Unit &1 is not the base unit &2 of material &3'),
  X_STRUCTURE_KEY_MISMATCH: message('M3', '352', '&1-&2 must equal &3-&2 (&4)'),
  MATERIAL_VALUE_TOO_LONG: message('M3', '353', 'Value in field &1 is longer than &2 characters'),
  PR_CREATED: message('06', '402', 'Purchase requisition number &1 created'),
  PR_NOT_FOUND: message('06', '023', 'Purchase requisition &1 does not exist'),
  PR_ITEMS_MISSING: message('06', '403', 'Enter at least one item'),
  PR_TYPE_UNKNOWN: message('06', '404', 'Document type &1 is not defined for requisitions'),
  PR_ITEM_DUPLICATE: message('06', '405', 'Item &1 appears more than once'),
  QUANTITY_NOT_POSITIVE: message('06', '406', 'Enter a quantity greater than zero (item &1)'),
  PURCHASING_VALUE_TOO_LONG: message('06', '407', 'Value in field &1 is longer than &2 characters'),

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
