/** A rule's message fragment as a sentence of its own: the rule id stays in the result, not in the text (R21). */
export function sentence(fragment: string): string {
  return fragment.charAt(0).toLocaleUpperCase() + fragment.slice(1);
}
