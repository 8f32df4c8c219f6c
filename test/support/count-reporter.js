// A jest reporter that writes the run's pass/fail counts to test-results/jest.json, so CI can print its closing line
// after running the README's own test command (`npm test`) unchanged.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class CountReporter {
  constructor(globalConfig) {
    this.dir = join(globalConfig.rootDir, 'test-results');
  }

  onRunComplete(_contexts, results) {
    mkdirSync(this.dir, { recursive: true });
    const failed = results.numFailedTests + (results.numRuntimeErrorTestSuites || 0);
    writeFileSync(join(this.dir, 'jest.json'), JSON.stringify({ passed: results.numPassedTests, failed }));
  }
}

module.exports = CountReporter;
