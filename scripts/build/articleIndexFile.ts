import type { Site } from '../../src/app/pageRoute';
import { INDEX_FILE } from './readSite';

/**
 * `articles/index.json`, the list the app fetches when a reader moves to a page of stories in
 * the app: derived from the articles (newest first), never kept by hand. The build writes it;
 * the development server (vite.config.ts) answers with it, derived afresh on each request.
 */
export const articleIndexJson = (site: Site): string => `${JSON.stringify(site.index)}\n`;

/** Where it is written in a build, beside the articles. */
export const ARTICLE_INDEX_FILE = `articles/${INDEX_FILE}`;

export { readSite } from './readSite';
