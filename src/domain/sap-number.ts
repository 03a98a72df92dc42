/** Whether two SAP numbers are the same, leading zeros aside (`0000100001` is `100001`). */
export function sameSapNumber(left: string, right: string): boolean {
  const strip = (value: string) => value.trim().replace(/^0+(?=.)/, '');
  return strip(left) === strip(right);
}
