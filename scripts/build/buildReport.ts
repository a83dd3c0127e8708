/** What a build did and how long it took, written with `--report <file>` for the bench. */
export type BuildReport = {
  stories: number;
  /** Prerendered pages: how many there are, drawn and copied from the page cache. */
  pages: { count: number; rendered: number; reused: number; ms: number };
  /** Share cards: drawn and copied from the card cache. */
  cards: { drawn: number; reused: number; ms: number };
  /** The client and server bundles (Vite), which every build makes afresh. */
  bundlesMs: number;
  /** The whole build, from its start to its last file. */
  ms: number;
};
