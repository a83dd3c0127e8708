import { useMessages } from '../../../lib/i18n/useMessages';
import { Placeholder, block } from './Placeholder';

/**
 * Stands in for an article while it loads. Its blocks take the space the headline, metadata and
 * first paragraphs will take, so nothing jumps when the text arrives.
 */
export function ArticlePlaceholder() {
  const t = useMessages();
  return (
    <Placeholder label={t('article.loading')}>
      <div className={block('kicker')} />
      <div className={block('headline')} />
      <div className={block('standfirst')} />
      <div className={block('meta')} />
      {[0, 1, 2].map((line) => (
        <div key={line} className={block('paragraph')} />
      ))}
    </Placeholder>
  );
}
