/**
 * Scenario files given on the command line ("Open with LaneSim", a double-click on Windows
 * and Linux, or a second instance's arguments). Chromium and Electron switches and the app
 * path itself are skipped; relative paths are resolved against the caller's folder.
 */
import { extname, isAbsolute, resolve } from 'node:path';

/** The scenario file paths in `argv` (process.argv or a second instance's argv). */
export function scenarioPathsFromArgv(argv: readonly string[], workingDirectory: string, options: { packaged: boolean }): string[] {
  // Unpackaged: argv = [electron, appPath, ...]; packaged: argv = [app, ...].
  const rest = argv.slice(options.packaged ? 1 : 2);
  return rest
    .filter((arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === '.json')
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}
