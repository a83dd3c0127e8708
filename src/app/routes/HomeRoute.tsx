import { useArticleIndex } from '../../features/articles/api/getArticleIndex';
import { StoryList } from '../../features/articles/components/StoryList';

/** `/`: the stories on offer. */
export function HomeRoute() {
  const index = useArticleIndex();
  return (
    <>
      <title>The Reader</title>
      <h1 className="visually-hidden">Stories</h1>
      <StoryList stories={index.articles} />
    </>
  );
}
