// React-view sandbox origin (sandbox-1.reactblade.portal.azure.net): placeholder.
import express, { type Express } from 'express';
import type { SimulatorContext } from '../context.ts';

export function createSandboxApp(_context: SimulatorContext): Express {
  return express();
}
