/** The seed fault plans use when they name none, so that runs repeat. */
export const defaultFaultSeed = 20_260_305;

/**
 * A small seeded pseudo-random generator (xorshift32): the same seed gives the same sequence,
 * so a test that fails a share of calls fails the same calls on every run.
 */
export class SeededRandom {
  #state: number;

  constructor(seed: number = defaultFaultSeed) {
    // xorshift needs a non-zero state; mixing the seed spreads small seeds over all 32 bits.
    const mixed = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
    this.#state = mixed === 0 ? 0x6d2b79f5 : mixed;
  }

  /** The next number in [0, 1). */
  next(): number {
    let x = this.#state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.#state = x >>> 0;
    return this.#state / 0x1_0000_0000;
  }

  /** Whether an event with a probability of `share` (0..1) happens this time. */
  chance(share: number): boolean {
    if (share <= 0) return false;
    if (share >= 1) return true;
    return this.next() < share;
  }
}
