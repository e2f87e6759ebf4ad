/** Text in lines of at most `width` characters (an ellipsis only past the last line). */
export function wrapText(text: string, width: number, lines: number): string[] {
  const result: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= width || !current) current = next;
    else {
      result.push(current);
      current = word;
    }
  }
  if (current) result.push(current);
  if (result.length <= lines) return result.map((line) => clipLine(line, width));
  const kept = result.slice(0, lines);
  kept[lines - 1] = `${clipLine(kept[lines - 1], width - 1)}…`;
  return kept.map((line, index) => (index < lines - 1 ? clipLine(line, width) : line));
}

const clipLine = (line: string, width: number) => (line.length > width ? `${line.slice(0, width - 1)}…` : line);
