// SAP's one-character language keys (SPRAS, table T002) for the ISO 639-1 codes the service is
// configured with. Tables such as MAKT are keyed by the one-character key.
const languageKeys: Readonly<Record<string, string>> = {
  AR: 'A',
  BG: 'W',
  CS: 'C',
  DA: 'K',
  DE: 'D',
  EL: 'G',
  EN: 'E',
  ES: 'S',
  FI: 'U',
  FR: 'F',
  HE: 'B',
  HR: '6',
  HU: 'H',
  IT: 'I',
  JA: 'J',
  KO: '3',
  NL: 'N',
  NO: 'O',
  PL: 'L',
  PT: 'P',
  RO: '4',
  RU: 'R',
  SK: 'Q',
  SL: '5',
  SV: 'V',
  TR: 'T',
  ZH: '1',
};

/** SAP's one-character language key for an ISO 639-1 code; English's `E` when unknown. */
export function sapLanguageKey(languageIso: string): string {
  return languageKeys[languageIso.toUpperCase()] ?? 'E';
}
