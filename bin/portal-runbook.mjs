#!/usr/bin/env node
// Entry point of the `portal-runbook` command: runs the TypeScript CLI through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
