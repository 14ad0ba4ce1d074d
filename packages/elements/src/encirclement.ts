/** dist/encirclement.js: <salient-encirclement> alone, Lit included (the bundle its size budget measures). */
import '@salient/encirclement/define';
