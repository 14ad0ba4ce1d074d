/** dist/territory-bar.js: <salient-territory-bar> alone, Lit included (the bundle its size budget measures). */
import '@salient/territory-bar/define';
