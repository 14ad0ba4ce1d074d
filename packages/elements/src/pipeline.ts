/** dist/pipeline.js: <salient-pipeline> alone, Lit included (the bundle its size budget measures). */
import '@salient/pipeline/define';
