import { DatabaseView } from '../../src/sap-mock/database/database-view.ts';
import { TableStore } from '../../src/sap-mock/database/table-store.ts';
import { atp, openReserved, unrestricted } from '../../src/sap-mock/stock/stock-figures.ts';
import type { MockSap } from '../../src/sap-mock/index.ts';

/** The stock figures of a material in a plant as the committed database shows them. */
export interface StockFigures {
  unrestricted: number;
  openReserved: number;
  atp: number;
}

/** Computes the committed stock figures of a material in a plant with the mock's own rules. */
export function committedStock(sap: MockSap, material: string, plant: string): StockFigures {
  const store = new TableStore();
  for (const table of ['MARD', 'RESB']) {
    for (const row of sap.select(table, (candidate) => candidate['MATNR'] === material)) {
      store.put(table, row);
    }
  }
  const database = new DatabaseView(store);
  const place = { material, plant };
  return {
    unrestricted: unrestricted(database, place),
    openReserved: openReserved(database, place),
    atp: atp(database, place),
  };
}
