import { parseWith, type ParseResult } from '../../../lib/validation';
import {
  ArticleIndexSchema,
  ArticleSchema,
  type Article,
  type ArticleIndex,
} from './articleSchema';

/** Validates an article file's JSON; never throws for bad input. */
export function parseArticle(json: unknown): ParseResult<Article> {
  return parseWith(ArticleSchema, json);
}

/** Validates the story index's JSON; never throws for bad input. */
export function parseArticleIndex(json: unknown): ParseResult<ArticleIndex> {
  return parseWith(ArticleIndexSchema, json);
}
