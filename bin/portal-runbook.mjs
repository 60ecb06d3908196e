#!/usr/bin/env node
// Runs the TypeScript CLI through tsx; started by bin/portal-runbook.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
