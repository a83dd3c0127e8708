import { Link } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { paths } from '../../lib/paths';

type Props = { title?: string };

/** Anything the app has no page for. */
export function NotFoundRoute({ title = 'Page not found' }: Props) {
  return (
    <ErrorNotice title={title}>
      <title>{`${title} · The Reader`}</title>
      <p>The link may be mistyped, or the page may have moved.</p>
      <p>
        <Link to={paths.home()}>See all stories</Link>
      </p>
    </ErrorNotice>
  );
}
