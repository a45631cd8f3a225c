// Headless entry for `npm run web`: the same services as the Electron app, served to a browser.
import { runCli } from './cli/main';

process.exitCode = await runCli(['web', ...process.argv.slice(2)]);
