/**
 * dist/salient.js: registers every Salient element. A CMS pastes one
 * `<script type="module" src=".../salient.js"></script>` and then uses any `<salient-*>` tag.
 *
 * Add each new element's `define` entry here (and a standalone entry in ../build.mjs, a dependency in
 * package.json, a line in /.size-limit.json).
 */
import '@salient/territory-bar/define';
import '@salient/encirclement/define';
import '@salient/supply-road/define';
import '@salient/pipeline/define';
