/** Notification types (TQ80): QMART, QMTYP, ARTPR, QMARTX. */
export const NOTIFICATION_TYPES = [
  ['S1', '03', 'SM', 'Problem notification'],
  ['S2', '03', 'SM', 'Activity report'],
  ['S3', '03', 'SM', 'Service request'],
  ['M1', '01', 'PM', 'Maintenance request'],
  ['M2', '01', 'PM', 'Malfunction report'],
  ['M3', '01', 'PM', 'Activity report'],
] as const;

/** Priority texts (T356) for each priority type; SAP's standard customizing uses these four. */
export const PRIORITIES = [
  ['1', '1-Very high'],
  ['2', '2-High'],
  ['3', '3-Medium'],
  ['4', '4-Low'],
] as const;

/** Priority types that get the four priorities. */
export const PRIORITY_TYPES = ['SM', 'PM'] as const;

/** System statuses of a notification (TJ02T): ISTAT, then E and D short and long texts. */
export const NOTIFICATION_STATUSES = [
  ['I0068', 'OSNO', 'Outstanding notification', 'MOFN', 'Meldung offen'],
  ['I0069', 'NOPT', 'Notification postponed', 'MZRK', 'Meldung zurückgestellt'],
  ['I0070', 'NOPR', 'Notification in process', 'MIAR', 'Meldung in Arbeit'],
  ['I0071', 'ORAS', 'Order assigned', 'AUFZ', 'Auftrag zugeordnet'],
  ['I0072', 'NOCO', 'Notification completed', 'MAAB', 'Meldung abgeschlossen'],
] as const;

/** System statuses of a service order (TJ02T): ISTAT, then E and D short and long texts. */
export const ORDER_STATUSES = [
  ['I0001', 'CRTD', 'Created', 'EROF', 'Eröffnet'],
  ['I0002', 'REL', 'Released', 'FREI', 'Freigegeben'],
  ['I0009', 'CNF', 'Confirmed', 'RÜCK', 'Rückgemeldet'],
  ['I0010', 'PCNF', 'Partially confirmed', 'TRÜC', 'Teilrückgemeldet'],
  ['I0045', 'TECO', 'Technically completed', 'TABG', 'Technisch abgeschlossen'],
  ['I0046', 'CLSD', 'Closed', 'ABGS', 'Abgeschlossen'],
] as const;

/** Problem/damage codes (QPCD, catalogue 'C') per code group. */
export const DAMAGE_CODES: Readonly<Record<string, readonly string[]>> = {
  'CS-COFFE': [
    'Leakage',
    'No power',
    'Grinder blocked',
    'Poor extraction',
    'Scale build-up',
    'Steam system fault',
    'Display or software error',
  ],
  'CS-PUMP': [
    'Leakage',
    'No power',
    'Cavitation',
    'Bearing noise',
    'Delivery rate too low',
    'Motor overheating',
    'Dosing inaccurate',
  ],
  'CS-LIFT': [
    'Door fault',
    'No power',
    'Unexpected stop',
    'Levelling inaccurate',
    'Noise or vibration',
    'Emergency call fault',
    'Handrail or step fault',
    'Hydraulic oil leakage',
  ],
  'CS-MED': [
    'Leakage',
    'No power',
    'Occlusion alarm',
    'Poor image quality',
    'Sensor out of calibration',
    'Battery fault',
    'False alarm',
    'Imbalance',
  ],
  'CS-COOL': [
    'Refrigerant leak',
    'No power',
    'Temperature too high',
    'Evaporator iced up',
    'Compressor noise',
    'Condensate leak',
    'Controller fault',
  ],
  'CS-GENRL': [
    'Leakage',
    'No power',
    'Noise',
    'Wear',
    'Mechanical fault',
    'Software or display fault',
    'Maintenance due',
    'Operating error',
  ],
};
