// The pinned seed reaches every property: jest's setup file configures fast-check before each test file.
import fc from 'fast-check';
import { PINNED_SEED, propertySeed, runSeed } from './seed';

describe('the fast-check seed', () => {
  it('is pinned unless DUBAN_FC_SEED names another', () => {
    expect(propertySeed(undefined)).toBe(PINNED_SEED);
    expect(propertySeed(' ')).toBe(PINNED_SEED);
    expect(propertySeed('42')).toBe(42);
    expect(propertySeed('-7')).toBe(-7);
    expect(Number.isInteger(propertySeed('random'))).toBe(true);
    expect(() => propertySeed('1.5')).toThrow('DUBAN_FC_SEED');
    expect(() => propertySeed('abc')).toThrow('DUBAN_FC_SEED');
  });

  it('is the one a property runs with, and a failure names it', () => {
    expect(fc.check(fc.property(fc.integer(), () => true)).seed).toBe(runSeed);
    expect(() => fc.assert(fc.property(fc.integer(), (n) => n !== n))).toThrow(`seed: ${runSeed}`);
  });
});
