/** Transit days typed as "MALACCA=2, SINGAPORE=0": the map, and the entries that are not "AREA=days". */
export function parseTransitDays(text: string): { days: Record<string, number>; rejected: string[] } {
  const days: Record<string, number> = {};
  const rejected: string[] = [];
  for (const entry of text.split(/[\s,]+/).filter((part) => part !== '')) {
    const match = /^([A-Za-z0-9_-]+)=(\d{1,3})$/.exec(entry);
    if (match === null) rejected.push(entry);
    else days[match[1]!.toUpperCase()] = Number(match[2]);
  }
  return { days, rejected };
}
