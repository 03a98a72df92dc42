import { bapiAlmNotifCreate } from './bapi-alm-notif-create.ts';
import { bapiArAccGetopenitems } from './bapi-ar-acc-getopenitems.ts';
import { bapiBillingdocCancel1 } from './bapi-billingdoc-cancel1.ts';
import { bapiBillingdocCreatemultiple } from './bapi-billingdoc-createmultiple.ts';
import { bapiBillingdocGetdetail } from './bapi-billingdoc-getdetail.ts';
import { bapiAlmNotifDataAdd } from './bapi-alm-notif-data-add.ts';
import { bapiAlmNotifDataModify } from './bapi-alm-notif-data-modify.ts';
import { bapiAlmNotifGetDetail } from './bapi-alm-notif-get-detail.ts';
import { bapiAlmNotifListEqui } from './bapi-alm-notif-list-equi.ts';
import { bapiAlmNotifSave } from './bapi-alm-notif-save.ts';
import { bapiCustomerGetDetail2 } from './bapi-customer-getdetail2.ts';
import { bapiEquiGetDetail } from './bapi-equi-getdetail.ts';
import { bapiTransactionCommit, bapiTransactionRollback } from './bapi-transaction-commit.ts';
import { bapiContractCreateFromData } from './bapi-contract-createfromdata.ts';
import { bapisdorderGetDetailedList } from './bapisdorder-getdetailedlist.ts';
import { zCsbContractObjectsAdd } from './z-csb-contract-objects-add.ts';
import {
  bapiAlmNotifClose,
  bapiAlmNotifPostpone,
  bapiAlmNotifPutInProgress,
} from './notification-status-change.ts';
import { bapiAlmConfCreate } from './bapi-alm-conf-create.ts';
import { bapiAlmOrderGetDetail } from './bapi-alm-order-get-detail.ts';
import { bapiAlmOrderMaintain } from './bapi-alm-order-maintain.ts';
import { bapiAlmOrderheadGetList } from './bapi-alm-orderhead-get-list.ts';
import { bapiGoodsmvtCreate } from './bapi-goodsmvt-create.ts';
import { bapiMaterialAvailability } from './bapi-material-availability.ts';
import { bapiMaterialGetAll } from './bapi-material-get-all.ts';
import { bapiMaterialSavedata } from './bapi-material-savedata.ts';
import { bapiMaterialStockReqList } from './bapi-material-stock-req-list.ts';
import { bapiPrCreate } from './bapi-pr-create.ts';
import { bapiPrGetDetail } from './bapi-pr-getdetail.ts';
import { bapiReservationCreate1 } from './bapi-reservation-create1.ts';
import { rfcReadTable } from './rfc-read-table.ts';
import { sdSalesdocumentCreate } from './sd-salesdocument-create.ts';
import { zCsbOrderBusinessComplete } from './z-csb-order-business-complete.ts';
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
  bapiContractCreateFromData,
  bapisdorderGetDetailedList,
  zCsbContractObjectsAdd,
  rfcReadTable,
  bapiAlmOrderMaintain,
  bapiAlmOrderGetDetail,
  bapiAlmOrderheadGetList,
  bapiAlmConfCreate,
  bapiGoodsmvtCreate,
  bapiMaterialGetAll,
  bapiMaterialAvailability,
  bapiMaterialStockReqList,
  bapiMaterialSavedata,
  bapiPrCreate,
  bapiPrGetDetail,
  bapiReservationCreate1,
  zCsbOrderBusinessComplete,
  sdSalesdocumentCreate,
  bapiBillingdocCreatemultiple,
  bapiBillingdocGetdetail,
  bapiBillingdocCancel1,
  bapiArAccGetopenitems,
];

/** The remote-enabled function modules of the mock SAP, by name. */
export const functionRegistry: ReadonlyMap<string, FunctionModule> = new Map(
  functionModules.map((functionModule) => [functionModule.name, functionModule]),
);
