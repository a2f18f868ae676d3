/**
 * The preload: exposes the desktop Host to the page as `window.lanesim`, through
 * contextBridge (the page cannot reach Node, Electron or this script's scope). Built into
 * one CommonJS file because sandboxed preloads cannot load ES modules.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { hostGlobalName } from '../contract/ipc-types';
import { createElectronHost } from './create-host';

contextBridge.exposeInMainWorld(hostGlobalName, createElectronHost(ipcRenderer));
