/**
 * The parameters of BAPI_ALM_NOTIF_CLOSE: the notification, the language of the status texts and
 * the completion reference date and time (DATS, TIMS in the SAP system's time zone).
 */
export function closeParameters(
  number: string,
  languageIso: string,
  [date, time]: readonly [string, string],
): Record<string, unknown> {
  return { NUMBER: number, SYSTSTAT: { LANGUISO: languageIso, REFDATE: date, REFTIME: time } };
}
