import type { PageMeta } from '../../src/features/articles/model/articleMeta';
import { CARD_SIZE } from '../../src/features/articles/model/shareCard';
import type { Alternate } from '../../src/features/articles/model/translations';
import { intlLocale } from '../../src/lib/language';
import { siteFiles } from '../../src/lib/paths';
import { SITE_NAME } from '../../src/lib/site';

type Props = {
  meta: PageMeta;
  origin: string;
  indexable?: boolean;
  /** The page in each language the story is written in (itself included), when it has several. */
  alternates?: readonly Alternate[];
};

/**
 * The `<head>` tags of a prerendered page: title, description, canonical URL, the Open Graph
 * and Twitter card tags link previews read, and the site's feeds (`rel="alternate"` links, which
 * a browser never fetches, so the first paint waits for nothing more). Rendered by React so every
 * value is escaped.
 */
export function DocumentHead({ meta, origin, indexable = true, alternates = [] }: Props) {
  const url = new URL(meta.path, origin).href;
  const card = meta.card && { url: new URL(meta.card.path, origin).href, alt: meta.card.alt };
  return (
    <>
      <title>{meta.title}</title>
      <meta name="description" content={meta.description} />
      {indexable ? <link rel="canonical" href={url} /> : <meta name="robots" content="noindex" />}
      <link
        rel="alternate"
        type="application/atom+xml"
        title={`${SITE_NAME} (Atom)`}
        href={new URL(siteFiles.atomFeed, origin).href}
      />
      <link
        rel="alternate"
        type="application/feed+json"
        title={`${SITE_NAME} (JSON Feed)`}
        href={new URL(siteFiles.jsonFeed, origin).href}
      />
      <meta property="og:site_name" content={SITE_NAME} />
      <meta property="og:type" content={meta.type} />
      <meta property="og:title" content={meta.shareTitle} />
      <meta property="og:description" content={meta.description} />
      <meta property="og:url" content={url} />
      <meta property="og:locale" content={intlLocale(meta.language).replace('-', '_')} />
      {alternates.length > 1 &&
        alternates.map(({ language, path }) => (
          <link
            key={language}
            rel="alternate"
            hrefLang={language}
            href={new URL(path, origin).href}
          />
        ))}
      {meta.publishedAt && <meta property="article:published_time" content={meta.publishedAt} />}
      {meta.updatedAt && <meta property="article:modified_time" content={meta.updatedAt} />}
      {card && (
        <>
          <meta property="og:image" content={card.url} />
          <meta property="og:image:type" content="image/png" />
          <meta property="og:image:width" content={String(CARD_SIZE.width)} />
          <meta property="og:image:height" content={String(CARD_SIZE.height)} />
          <meta property="og:image:alt" content={card.alt} />
        </>
      )}
      <meta name="twitter:card" content={card ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={meta.shareTitle} />
      <meta name="twitter:description" content={meta.description} />
      {card && (
        <>
          <meta name="twitter:image" content={card.url} />
          <meta name="twitter:image:alt" content={card.alt} />
        </>
      )}
    </>
  );
}
