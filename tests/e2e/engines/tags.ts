/**
 * Marks a journey that the Chromium suite's own, deeper tests already take: the `chromium`
 * journeys project leaves it out, Firefox and WebKit take it.
 */
export const CHROMIUM_SUITE_TAG = '@chromium-suite-has-it';
