import { useMessages } from '../../../lib/i18n/useMessages';
import { Placeholder, block } from './Placeholder';

/** Stands in for the list of articles while it loads. */
export function ArticleListPlaceholder() {
  const t = useMessages();
  return (
    <Placeholder label={t('site.loadingStories')}>
      <div className={block('kicker')} />
      <div className={block('standfirst')} />
      <div className={block('paragraph')} />
    </Placeholder>
  );
}
