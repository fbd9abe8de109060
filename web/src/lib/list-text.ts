// Lists the user types as one line ("Polisen, IFO, Fritidsgården"): partners, participating organisations.

/** "Polisen, IFO ,, Fritidsgården" → ["Polisen", "IFO", "Fritidsgården"]. */
export function parseList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export function joinList(items: readonly string[]): string {
  return items.join(', ');
}
