// vitest global setup: the end-to-end tests run the built CLI, as a user would after `npm install`.
import { execFileSync } from 'node:child_process';

export default function buildCli(): void {
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
