/**
 * XSS payloads for the injection suite. Each is a template around a call, `__xss(n)`, to a spy on `window`: if a
 * payload ever runs, the spy is called with the number of the field and payload that let it in. None of them names
 * a host, so nothing can leave the machine even if one were fetched.
 */

export interface Payload {
  name: string;
  /** The payload around `call` (`__xss(17)`: no quotes, so it fits every quoting context). */
  make(call: string): string;
}

export const PAYLOADS: readonly Payload[] = [
  { name: 'script tag', make: (x) => `<script>${x}</script>` },
  { name: 'img onerror', make: (x) => `<img src=x onerror="${x}">` },
  { name: 'img onerror, unquoted and unterminated', make: (x) => `<img src=x onerror=${x}//` },
  { name: 'svg onload', make: (x) => `<svg onload="${x}"></svg>` },
  { name: 'svg/onload', make: (x) => `<svg/onload=${x}>` },
  { name: 'svg animate onbegin', make: (x) => `<svg><animate onbegin=${x} attributeName=x dur=1s>` },
  { name: 'javascript: URL', make: (x) => `javascript:${x}` },
  { name: 'javascript: URL, obfuscated', make: (x) => ` JaVaScRiPt&colon;${x}` },
  { name: 'a href javascript:', make: (x) => `<a href="javascript:${x}">click</a>` },
  { name: 'iframe javascript:', make: (x) => `<iframe src="javascript:${x}"></iframe>` },
  { name: 'iframe srcdoc', make: (x) => `<iframe srcdoc="<script>parent.${x}</script>"></iframe>` },
  { name: 'double-quote attribute breakout', make: (x) => `"><img src=x onerror=${x}>` },
  { name: 'single-quote attribute breakout', make: (x) => `'><script>${x}</script>` },
  { name: 'event attribute without tags', make: (x) => `" onmouseover="${x}" autofocus onfocus="${x}` },
  { name: 'template literal', make: (x) => `\${${x}}` },
  { name: 'mustache', make: (x) => `{{constructor.constructor('${x}')()}}` },
  { name: 'CSS </style> breakout', make: (x) => `</style><img src=x onerror=${x}>` },
  { name: 'CSS url()', make: (x) => `<style>*{background:url("javascript:${x}")}</style>` },
  { name: 'HTML comment', make: (x) => `<!--<img src=x onerror=${x}>-->` },
  { name: 'comment close', make: (x) => `--><img src=x onerror=${x}>` },
  { name: 'CDATA', make: (x) => `<![CDATA[<img src=x onerror=${x}>]]>` },
  { name: 'Lit marker', make: (x) => `<?lit$1234$><!--?lit$1234$--><img src=x onerror=${x}>` },
  { name: 'RTL override', make: (x) => `\u202e<img src=x onerror=${x}>\u202c` },
  { name: 'zero-width and NUL', make: (x) => `\u200b<scr\u0000ipt>${x}</script>` },
  { name: 'named entities', make: (x) => `&lt;img src=x onerror=${x}&gt;` },
  { name: 'numeric entities', make: (x) => `&#60;script&#62;${x}&#60;/script&#62;` },
  { name: 'percent-encoded', make: (x) => `%3Cscript%3E${x}%3C/script%3E` },
  { name: 'nested tags', make: (x) => `<scr<script>ipt>${x}</scr</script>ipt>` },
  { name: 'mutation XSS via math', make: (x) => `<math><mtext><table><mglyph><style><img src=x onerror=${x}>` },
  { name: 'foreignObject', make: (x) => `<svg><foreignObject><img src=x onerror=${x}></foreignObject></svg>` },
  { name: 'details ontoggle', make: (x) => `<details open ontoggle=${x}>` },
  { name: 'input autofocus', make: (x) => `<input autofocus onfocus=${x}>` },
  { name: 'object data', make: (x) => `<object data="javascript:${x}"></object>` },
  { name: 'embed', make: (x) => `<embed src="javascript:${x}">` },
  { name: 'base href', make: (x) => `<base href="javascript:${x}//">` },
  { name: 'meta refresh', make: (x) => `<meta http-equiv="refresh" content="0;url=javascript:${x}">` },
  { name: 'template', make: (x) => `<template><script>${x}</script></template>` },
  { name: 'noscript', make: (x) => `<noscript><p title="</noscript><img src=x onerror=${x}>">` },
  { name: 'closing script', make: (x) => `</script><script>${x}</script>` },
  { name: 'custom element', make: (x) => `<salient-territory-bar src="javascript:${x}"></salient-territory-bar>` },
  { name: 'data: URL', make: (x) => `data:text/html,<script>${x}</script>` },
];

/** Tags that must never appear in a graphic's shadow DOM, whatever its data. */
export const FORBIDDEN_TAGS = [
  'script', 'img', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'style', 'template', 'noscript', 'math',
  'details', 'form', 'video', 'audio', 'source', 'foreignobject', 'animate', 'a', 'salient-territory-bar',
];

/**
 * Numbers calls and remembers what each number stands for, so a spy hit names the field and the payload.
 */
export class CallRegistry {
  private readonly labels: string[] = [];

  /** A new call for `label`: `__xss(n)`. */
  call(label: string): string {
    this.labels.push(label);
    return `__xss(${this.labels.length - 1})`;
  }

  label(id: unknown): string {
    return this.labels[Number(id)] ?? `unknown call ${String(id)}`;
  }
}
