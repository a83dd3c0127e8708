/**
 * Lowercase words joined by single hyphens: the shape of every id in an article (its slug, its
 * sections', participants' and quotes'), safe in a URL path without encoding. Kept apart from the
 * schema so that checking a slug in a link does not load the schema.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether a string can be an article's slug or a section's id. */
export const isValidId = (value: string): boolean => ID_PATTERN.test(value);
