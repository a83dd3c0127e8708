import type { Article } from '../model/articleSchema';
import styles from './LeadImageCaption.module.css';

type Props = { image: NonNullable<Article['leadImage']> };

/**
 * The lead image's caption and credit. Without a source URL there is no picture to show, so the
 * caption stands alone rather than beside a broken or invented image.
 */
export function LeadImageCaption({ image }: Props) {
  const credit = image.credit && <span className={styles.credit}> · Image: {image.credit}</span>;
  if (image.src === undefined) {
    return (
      <p className={styles.captionOnly}>
        <span className={styles.label}>Lead photo:</span> {image.caption}
        {credit} <span className={styles.missing}>(not available here)</span>
      </p>
    );
  }
  return (
    <figure className={styles.figure}>
      <img className={styles.image} src={image.src} alt={image.alt ?? ''} />
      <figcaption className={styles.caption}>
        {image.caption}
        {credit}
      </figcaption>
    </figure>
  );
}
