import { elementIds } from '../lib/elementIds';

/**
 * Adds the head's icon and manifest links, which the page holds back in a `<template>` so that
 * nothing is fetched before its text is drawn. Installing and icons work as soon as the app runs.
 */
export function addDeferredHead(): void {
  const template = document.getElementById(elementIds.deferredHead);
  if (!(template instanceof HTMLTemplateElement)) return;
  document.head.append(template.content.cloneNode(true));
  template.remove();
}
