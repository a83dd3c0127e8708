/**
 * The article's index and section paths. The article page above renders the whole story and
 * reads the section from the URL, so these routes only give the paths a name and draw nothing.
 */
export function SectionRoute() {
  return null;
}
