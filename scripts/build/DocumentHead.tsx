import type { PageMeta } from '../../src/features/articles/model/articleMeta';
import { SITE_NAME } from '../../src/lib/site';

type Props = { meta: PageMeta; origin: string; indexable?: boolean };

/**
 * The `<head>` tags of a prerendered page: title, description, canonical URL and the Open Graph
 * and Twitter card tags link previews read. Rendered by React so every value is escaped.
 */
export function DocumentHead({ meta, origin, indexable = true }: Props) {
  const url = new URL(meta.path, origin).href;
  return (
    <>
      <title>{meta.title}</title>
      <meta name="description" content={meta.description} />
      {indexable ? <link rel="canonical" href={url} /> : <meta name="robots" content="noindex" />}
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:type" content={meta.type} />
      <meta property="og:title" content={meta.shareTitle} />
      <meta property="og:description" content={meta.description} />
      <meta property="og:url" content={url} />
      <meta property="og:locale" content="en_GB" />
      {meta.publishedAt && <meta property="article:published_time" content={meta.publishedAt} />}
      {meta.updatedAt && <meta property="article:modified_time" content={meta.updatedAt} />}
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={meta.shareTitle} />
      <meta name="twitter:description" content={meta.description} />
    </>
  );
}
