import pageSource from '../uk/index.html?raw';
import { describeArticle } from './article.testkit.ts';

describeArticle({ name: 'Ukrainian edition (uk/index.html)', lang: 'uk', source: pageSource, otherEdition: /^\.\.\/index\.html$/ });
