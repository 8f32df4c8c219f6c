// FNV-1a 64-bit over UTF-16 code units: a stable short tag with no crypto API (Apps Script's V8 has none in core).

const OFFSET_HI = 0xcbf29ce4;
const OFFSET_LO = 0x84222325;
// The 64-bit FNV prime is 2^40 + 0x1b3; multiplying by it is (h * 0x1b3) + (h << 40), done on two 32-bit lanes.
const PRIME_LO = 0x1b3;
const TWO_32 = 0x100000000;

/** 16 lowercase hex digits. Stable across runs and engines; not for security. */
export function fnv1a64(text: string): string {
  let hi = OFFSET_HI;
  let lo = OFFSET_LO;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    const loProduct = lo * PRIME_LO; // < 2^41: exact in a double
    const carry = Math.floor(loProduct / TWO_32);
    const newHi = (Math.imul(hi, PRIME_LO) + carry + (lo << 8)) >>> 0;
    lo = loProduct >>> 0;
    hi = newHi;
  }
  return hex8(hi) + hex8(lo);
}

function hex8(n: number): string {
  return `00000000${n.toString(16)}`.slice(-8);
}
