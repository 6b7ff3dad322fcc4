// Jest runs a test file in a sandbox whose process.env is a copy: setting TZ there does not reach
// Node, so the time zone never changes. This environment (used by timezone.test.ts through its
// @jest-environment docblock) hands the test one function that sets TZ on the real process, where
// Node resets its time-zone cache, and puts the worker's TZ back when the file is done.
const { TestEnvironment } = require('jest-environment-node');

function setTz(tz) {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
}

class TimezoneEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.originalTz = process.env.TZ;
    this.global.setProcessTimeZone = (tz) => {
      setTz(tz);
      this.global.process.env.TZ = tz; // keep the sandbox's copy in step
      if (tz === undefined) delete this.global.process.env.TZ;
    };
  }

  async teardown() {
    setTz(this.originalTz);
    await super.teardown();
  }
}

module.exports = TimezoneEnvironment;
