import { useMessages } from '../../../lib/i18n/useMessages';
import type { Article } from '../model/articleSchema';
import styles from './LeadImage.module.css';

type Props = { image: NonNullable<Article['leadImage']> & { src: string } };

/**
 * The lead picture with its caption and credit. Only drawn when the article has the picture: a
 * caption for a picture the reader cannot see tells them nothing, and nothing is ever invented.
 */
export function LeadImage({ image }: Props) {
  const t = useMessages();
  return (
    <figure className={styles.figure}>
      <img className={styles.image} src={image.src} alt={image.alt ?? ''} />
      <figcaption className={styles.caption}>
        {image.caption}
        {image.credit && (
          <span className={styles.credit}>
            {' · '}
            {t('article.imageCredit', { credit: image.credit })}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
