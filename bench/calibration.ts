/**
 * How much to slow this machine's CPU down so that it stands for the phone Lighthouse's mobile
 * score is about. Lighthouse's own default (4x) assumes a host whose `benchmarkIndex` is about
 * 1,500; on a faster host it measures a faster phone. The multiplier comes from Lighthouse's CPU
 * throttling calculator (docs/throttling.md, patrickhulce/lighthouse-cpu-throttling-calculator).
 */

/** The calculator's multiplier for a host's `benchmarkIndex`, to one decimal. */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) {
    throw new Error(`benchmarkIndex must be a positive number, not ${benchmarkIndex}`);
  }
  // 1300 = 3x, 1533 = 4x, 1766 = 5x, 2000 = 6x; below, gentler slopes down to 1x at 150.
  const multiplier =
    benchmarkIndex >= 1300
      ? 3 + (benchmarkIndex - 1300) / 233
      : benchmarkIndex >= 800
        ? 2 + (benchmarkIndex - 800) / 500
        : 1 + Math.max(0, benchmarkIndex - 150) / 650;
  return Math.round(multiplier * 10) / 10;
}

/** The slowdown a bench run uses, and where it came from. */
export type Calibration = {
  cpuSlowdown: number;
  /** The median of the host's measured indexes; null when `--cpu` set the slowdown. */
  benchmarkIndex: number | null;
  samples: number[];
  source: 'calibrated' | '--cpu';
};

/** One line for every table: the host's index and the multiplier used. */
export function describeCalibration({ cpuSlowdown, benchmarkIndex, source }: Calibration): string {
  return source === 'calibrated'
    ? `CPU ${cpuSlowdown}x, calibrated for this host's benchmarkIndex ${Math.round(benchmarkIndex ?? NaN)}`
    : `CPU ${cpuSlowdown}x, set by --cpu (not calibrated)`;
}
