#!/usr/bin/env node
// Runs the compiled CLI when the package was built (npm run build), the TypeScript source otherwise.
import { existsSync } from 'node:fs';

const compiled = new URL('../dist/cli.js', import.meta.url);
await import(existsSync(compiled) ? compiled.href : new URL('../src/cli.ts', import.meta.url).href);
