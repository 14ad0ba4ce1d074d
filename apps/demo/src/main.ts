/**
 * The article's entry point (both editions: index.html and uk/index.html): the page's styles, the first graphic
 * and the page's behaviour. A page that uses another graphic lists its `define` in article.ts's `definitions`.
 */
import './article.css';
// The first graphic, defined up front; the others load as the reader nears them (article.ts).
import '@salient/territory-bar/define';
import { startArticle } from './article.ts';

startArticle(document);
