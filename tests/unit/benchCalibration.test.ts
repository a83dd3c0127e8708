import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor, describeCalibration, type Calibration } from '../../bench/calibration';

describe("the bench's CPU calibration", () => {
  it("gives Lighthouse's calculator's multipliers at its reference points", () => {
    expect(cpuSlowdownFor(1300)).toBe(3);
    expect(cpuSlowdownFor(1533)).toBe(4);
    expect(cpuSlowdownFor(1766)).toBe(5);
    expect(cpuSlowdownFor(1999)).toBe(6);
    expect(cpuSlowdownFor(800)).toBe(2);
    expect(cpuSlowdownFor(150)).toBe(1);
  });

  it('slows a fast host more than the 4x default, and a slow one less', () => {
    expect(cpuSlowdownFor(2500)).toBe(8.2);
    expect(cpuSlowdownFor(1900)).toBe(5.6);
    expect(cpuSlowdownFor(1050)).toBe(2.5);
    expect(cpuSlowdownFor(100)).toBe(1);
  });

  it('refuses an index that is not a measurement', () => {
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/positive number/);
    expect(() => cpuSlowdownFor(0)).toThrow(/positive number/);
  });

  it('says where the multiplier came from', () => {
    const calibrated = {
      cpuSlowdown: 5.6,
      benchmarkIndex: 1900.4,
      samples: [],
      source: 'calibrated',
    } satisfies Calibration;
    expect(describeCalibration(calibrated)).toBe(
      "CPU 5.6x, calibrated for this host's benchmarkIndex 1900",
    );
    const forced = {
      cpuSlowdown: 4,
      benchmarkIndex: null,
      samples: [],
      source: '--cpu',
    } satisfies Calibration;
    expect(describeCalibration(forced)).toBe('CPU 4x, set by --cpu (not calibrated)');
  });
});
