/** dist/supply-road.js: <salient-supply-road> alone, Lit included (the bundle its size budget measures). */
import '@salient/supply-road/define';
