import { catalogMessages } from '../scripts/build/catalogMessages';

/** The reader's words in English, as the model functions take them. */
export const en = catalogMessages('en');
