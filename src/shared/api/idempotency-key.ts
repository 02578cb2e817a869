/** An Idempotency-Key (8–64 URL-safe characters): unique enough per user and submission. */
export function newIdempotencyKey(): string {
  const random = Array.from({ length: 4 }, () => Math.floor(Math.random() * 0xffffffff).toString(36)).join('');
  return `${Date.now().toString(36)}-${random}`.slice(0, 64);
}
