/** A service plant: the maintenance planning plant that serves one region. */
export interface Plant {
  werks: string;
  name: string;
  city: string;
  country: string;
  /** SAP users of the plant's service desk, who create and change notifications. */
  serviceDesk: readonly string[];
  /** Purchasing group (EKGRP) that buys the plant's spare parts. */
  purchasingGroup: string;
  /** SAP users of the plant's materials planners, who create purchase requisitions by hand. */
  planners: readonly string[];
}

/** The three plants of the service company. */
export const PLANTS: readonly Plant[] = [
  {
    werks: '1000',
    name: 'Service Center Hamburg',
    city: 'Hamburg',
    country: 'DE',
    serviceDesk: ['MKRAUSE', 'SPETERSEN', 'TBRANDT'],
    purchasingGroup: '100',
    planners: ['HMEYER', 'JSCHMIDT'],
  },
  {
    werks: '1100',
    name: 'Service Center Munich',
    city: 'Munich',
    country: 'DE',
    serviceDesk: ['AHUBER', 'KWIMMER', 'LSTEINER'],
    purchasingGroup: '110',
    planners: ['BMAIER', 'FHOFER'],
  },
  {
    werks: '1200',
    name: 'Service Center Rotterdam',
    city: 'Rotterdam',
    country: 'NL',
    serviceDesk: ['JVDBERG', 'LJANSSENS', 'PDEVRIES'],
    purchasingGroup: '120',
    planners: ['RBOS', 'EVERMEULEN'],
  },
];

/** A storage location that every plant has. */
export interface StorageLocation {
  lgort: string;
  name: string;
}

/** Central warehouse, service van stock and repair shop, the same in each plant. */
export const STORAGE_LOCATIONS: readonly StorageLocation[] = [
  { lgort: '0001', name: 'Centr. warehouse' },
  { lgort: '0002', name: 'Serv. van stock' },
  { lgort: '0003', name: 'Repair shop' },
];

/** Chooses the plant that services a customer: Benelux from Rotterdam, the south and Austria from Munich, the rest from Hamburg. */
export function servicingPlant(country: string, postalCode: string): string {
  if (country === 'NL' || country === 'BE' || country === 'LU') return '1200';
  if (country === 'AT') return '1100';
  return /^[6-9]/.test(postalCode) ? '1100' : '1000';
}
