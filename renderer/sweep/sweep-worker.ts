/** The Web Worker entry of sweeps and capacity plans: serves the sweep API over Comlink. */
import * as Comlink from 'comlink';
import { createSweepApi } from './sweep-api.js';

Comlink.expose(createSweepApi());
