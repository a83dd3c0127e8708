/** Resolves in a task of its own, so that what follows lets the page answer first. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
