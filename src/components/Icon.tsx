import { elementIds } from '../lib/elementIds';

const PATHS = {
  chevron: 'M6 9l6 6 6-6',
  link: 'M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1',
  share: 'M12 3v12M7 8l5-5 5 5M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6',
  people:
    'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21a7 7 0 0 1 14 0M17 11a3 3 0 1 0 0-6M22 21a6 6 0 0 0-4-5.6',
  quote: 'M7 7h4v4c0 3-1.5 5-4 6M15 7h4v4c0 3-1.5 5-4 6',
  close: 'M6 6l12 12M18 6L6 18',
} as const;

type Name = keyof typeof PATHS;
type Props = { name: Name; className?: string | undefined };

/**
 * Every icon's drawing, once per page: each icon then only points at its symbol, which keeps a
 * long article's hundreds of section tools light.
 */
export function IconSprite() {
  return (
    <svg className="visually-hidden" aria-hidden="true" focusable="false">
      {(Object.keys(PATHS) as Name[]).map((name) => (
        <symbol key={name} id={elementIds.icon(name)} viewBox="0 0 24 24">
          <path
            d={PATHS[name]}
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </symbol>
      ))}
    </svg>
  );
}

/** A decorative line icon; the control that holds it carries the accessible name. */
export function Icon({ name, className }: Props) {
  return (
    <svg className={className} width="20" height="20" aria-hidden="true" focusable="false">
      <use href={`#${elementIds.icon(name)}`} />
    </svg>
  );
}
