// The data cache stores JSON; these keep Date values across it (pages format publication dates).

const DATE = '$date';

export function encodeCached(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, item: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { [DATE]: raw.toISOString() } : item;
  });
}

export function decodeCached<T>(text: string): T {
  return JSON.parse(text, (_key, item: unknown) =>
    item && typeof item === 'object' && DATE in item && Object.keys(item).length === 1
      ? new Date((item as Record<string, string>)[DATE])
      : item,
  ) as T;
}
