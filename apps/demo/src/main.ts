/**
 * The article's entry point (both editions: index.html and uk/index.html): the page's styles, the graphics it
 * uses, and its behaviour. A page that uses another graphic imports that graphic's `define` here too.
 */
import './article.css';
import '@salient/territory-bar/define';
import '@salient/encirclement/define';
import '@salient/supply-road/define';
import '@salient/pipeline/define';
import { startArticle } from './article.ts';

startArticle(document);
