/** Rounds down to a multiple of unit (1,000円未満切捨て and the like). */
export function floorTo(value: number, unit: number): number {
  return Math.floor(clean(value) / unit) * unit;
}

/** 50銭以下は切り捨て、50銭を超えれば切り上げ: how an employee's share of insurance is taken from pay. */
export function roundHalfDown(value: number): number {
  return Math.ceil(clean(value) - 0.5);
}

/** Whole yen, rounded down. */
export function floorYen(value: number): number {
  return Math.floor(clean(value));
}

// Products such as 300000 * 0.0985 carry binary noise (29549.999999999996); twelve digits keep every yen exact.
function clean(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
