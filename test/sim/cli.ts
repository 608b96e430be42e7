/**
 * Runs the simulator until Ctrl+C.
 *   npx tsx test/sim/cli.ts [--port 8443] [--scenario lively|empty] [--robot-text] [--broken]
 * Prints the --host-resolver-rules value for Chromium.
 */
import { parseArgs } from 'node:util';
import { startSimulator } from './index.ts';
import type { ScenarioName } from './scenarios.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    scenario: { type: 'string', default: 'lively' },
    'robot-text': { type: 'boolean', default: false },
    broken: { type: 'boolean', default: false },
  },
});

const scenario = values.scenario as ScenarioName;
if (scenario !== 'lively' && scenario !== 'empty') {
  console.error(`unknown scenario ${values.scenario} (lively | empty)`);
  process.exit(2);
}

const sim = await startSimulator({
  port: Number(values.port),
  scenario,
  variant: { robotMarker: values['robot-text'] ? 'robot-text' : 'callback', chatListBroken: values.broken },
});

console.log(`PDD simulator listening on 127.0.0.1:${sim.port} (scenario ${scenario})`);
console.log(`--host-resolver-rules=${sim.hostResolverRules}`);
console.log(`chat:        ${sim.urls.chat}`);
console.log(`after-sales: ${sim.urls.aftersalesFromSidenav}`);
console.log(`home:        ${sim.urls.home}`);
console.log('Chromium: add --ignore-certificate-errors (self-signed certificate). Ctrl+C to stop.');

const stop = async (): Promise<void> => {
  await sim.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
