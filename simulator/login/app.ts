// Sign-in origin (login.microsoftonline.com): placeholder, built by the sign-in work.
import express, { type Express } from 'express';
import type { SimulatorContext } from '../context.ts';

export function createLoginApp(_context: SimulatorContext): Express {
  return express();
}
