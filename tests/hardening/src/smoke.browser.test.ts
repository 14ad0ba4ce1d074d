import { afterEach, expect, it } from 'vitest';
import { mountElement, unmountAll } from '@salient/core/testing';
import { catalog } from './catalog.js';

afterEach(unmountAll);

it.each(catalog)('$tag renders its dataset', async ({ tag, dataset, width }) => {
  const element = await mountElement(tag, dataset, {}, { width });
  expect(element.shadowRoot!.querySelector('svg')).not.toBeNull();
});
