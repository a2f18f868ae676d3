/** The Web Worker entry: serves the replication API to the pool over Comlink. */
import * as Comlink from 'comlink';
import { createReplicationApi } from './replication-api.js';

Comlink.expose(createReplicationApi());
