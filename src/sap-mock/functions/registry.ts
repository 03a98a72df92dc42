import { bapiAlmNotifCreate } from './bapi-alm-notif-create.ts';
import { bapiAlmNotifDataAdd } from './bapi-alm-notif-data-add.ts';
import { bapiAlmNotifDataModify } from './bapi-alm-notif-data-modify.ts';
import { bapiAlmNotifGetDetail } from './bapi-alm-notif-get-detail.ts';
import { bapiAlmNotifListEqui } from './bapi-alm-notif-list-equi.ts';
import { bapiAlmNotifSave } from './bapi-alm-notif-save.ts';
import { bapiCustomerGetDetail2 } from './bapi-customer-getdetail2.ts';
import { bapiEquiGetDetail } from './bapi-equi-getdetail.ts';
import { bapiTransactionCommit, bapiTransactionRollback } from './bapi-transaction-commit.ts';
import {
  bapiAlmNotifClose,
  bapiAlmNotifPostpone,
  bapiAlmNotifPutInProgress,
} from './notification-status-change.ts';
import { rfcReadTable } from './rfc-read-table.ts';
import type { FunctionModule } from './function-module.ts';

const functionModules: readonly FunctionModule[] = [
  bapiAlmNotifCreate,
  bapiAlmNotifSave,
  bapiAlmNotifGetDetail,
  bapiAlmNotifDataModify,
  bapiAlmNotifDataAdd,
  bapiAlmNotifPutInProgress,
  bapiAlmNotifPostpone,
  bapiAlmNotifClose,
  bapiAlmNotifListEqui,
  bapiEquiGetDetail,
  bapiCustomerGetDetail2,
  bapiTransactionCommit,
  bapiTransactionRollback,
  rfcReadTable,
];

/** The remote-enabled function modules of the mock SAP, by name. */
export const functionRegistry: ReadonlyMap<string, FunctionModule> = new Map(
  functionModules.map((functionModule) => [functionModule.name, functionModule]),
);
