// Every bench scenario, in the order the table lists them: add one by appending it to BENCH_SCENARIOS.
import { feedScenario } from './feed-scenario';
import { ISSUE_SCENARIOS } from './scenarios';
import type { BenchScenario } from './types';

export const BENCH_SCENARIOS: readonly BenchScenario[] = [...ISSUE_SCENARIOS, feedScenario];
