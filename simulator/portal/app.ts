// Portal origin (portal.azure.com): placeholder, built by the portal work.
import express, { type Express } from 'express';
import type { SimulatorContext } from '../context.ts';

export function createPortalApp(_context: SimulatorContext): Express {
  return express();
}
