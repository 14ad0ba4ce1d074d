/**
 * Registers a custom element once. A second copy of a bundle on the same page (two CMS embeds, say) would
 * otherwise throw "has already been used with this registry" and break the page.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, ctor);
}
