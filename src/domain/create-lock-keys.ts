// Lock keys of the creates that look an object up by a reference before they make it: every
// process that shares a lock must build the same key for the same reference, so SAP numbers
// lose their leading zeros (`0000100001` and `100001` are one customer).

/** The lock key of a notification create with the caller's external reference. */
export function notificationCreateKey(externalRef: string): string {
  return `notification:${externalRef}`;
}

/** The lock key of a contract create with the customer's reference (VBAK-BSTNK). */
export function contractCreateKey(customerId: string, externalRef: string): string {
  return `contract:${withoutLeadingZeros(customerId)}:${externalRef}`;
}

/** The lock key of an order create for a notification (SAP keeps one order per notification). */
export function orderForNotificationKey(notificationId: string): string {
  return `order:notification:${withoutLeadingZeros(notificationId)}`;
}

/** The lock key of a confirmation of an order with the caller's reference (AFRU-EXTID). */
export function confirmationKey(orderId: string, externalRef: string): string {
  return `confirmation:${withoutLeadingZeros(orderId)}:${externalRef}`;
}

function withoutLeadingZeros(number: string): string {
  return number.trim().replace(/^0+(?=.)/, '');
}
