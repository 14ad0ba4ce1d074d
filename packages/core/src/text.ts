/**
 * A text's width estimated without the DOM (layout is pure and runs on the server too): average glyph
 * widths of common sans-serif faces as a fraction of the font size, rounded up so labels err on the roomy side.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (char === ' ') em += 0.28;
    else if (/[.,:;'’!|il1]/.test(char)) em += 0.3;
    else if (/[MWmwЖШЩЮМ%]/.test(char)) em += 0.85;
    else if (/[A-ZА-ЯІЇЄҐ0-9]/.test(char)) em += 0.64;
    else em += 0.55;
  }
  return Math.ceil(em * fontSize);
}
