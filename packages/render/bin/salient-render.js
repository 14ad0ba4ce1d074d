#!/usr/bin/env node
// salient-render: see ../README.md or `salient-render --help`. Runs the compiled CLI (dist/), plain Node 20.19+.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
