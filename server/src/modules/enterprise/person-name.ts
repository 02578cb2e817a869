/** Minority names are written with either middle dot; compare them as one. */
export function normalizeName(name: string): string {
  return name.trim().replace(/[\u2022\u30fb\uff0e]/g, '\u00b7').replace(/\s+/g, ' ');
}

export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}
