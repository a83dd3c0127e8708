import type { Section } from '../model/articleSchema';
import styles from './ArticleSection.module.css';

type Props = { section: Section };

/** One part of the story: its subhead, when it has one, and its paragraphs. */
export function ArticleSection({ section }: Props) {
  const headingId = `${section.id}-heading`;
  return (
    <section
      id={section.id}
      className={styles.section}
      aria-labelledby={section.title ? headingId : undefined}
      aria-label={section.title ? undefined : 'Introduction'}
    >
      {section.title && (
        <h2 id={headingId} className={styles.heading}>
          {section.title}
        </h2>
      )}
      {section.paragraphs.map((paragraph, index) => (
        <p key={index} className={styles.paragraph}>
          {paragraph}
        </p>
      ))}
    </section>
  );
}
