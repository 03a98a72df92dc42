import { AppError } from '../errors.ts';

/** A serial number exists for several materials and the caller did not say which one. */
export class AmbiguousSerialNumberError extends AppError {
  readonly serialNumber: string;
  readonly materials: string[];

  constructor(serialNumber: string, materials: string[]) {
    super(
      'SERIAL_NUMBER_AMBIGUOUS',
      409,
      `Serial number ${serialNumber} exists for several materials (${materials.join(', ')}); ` +
        'give materialId.',
    );
    this.serialNumber = serialNumber;
    this.materials = materials;
  }
}
