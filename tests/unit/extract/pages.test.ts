/**
 * One test per trap named in issue 5, over real pages copied from ../shared/data/pages (see
 * tests/fixtures/README.md). Expected values come from each page's hand-checked expected.json.
 */
import { describe, expect, it } from 'vitest';
import { dayOf, loadPage } from './load-page';

describe('dates written in Arabic words (akhbarelyom: article:published_time is Arabic prose)', () => {
  const { expected, metadata } = loadPage('arabic-news', 'akhbarelyom-eg-3126898');
  it('reads "الأربعاء، 07 أكتوبر 2020 - 12:09 م" as the publication day', () => {
    expect(metadata.publishedDate).toBe(expected.publishedDate);
  });
  it('takes the real byline, not "akhbarelyom" or "Developed By …"', () => {
    expect(metadata.authors).toEqual(expected.authors);
  });
  it('trims the NBSP that ends the headline', () => {
    expect(metadata.title).toBe(expected.title);
  });
});

describe('Levantine dual month name and a closing --(بترا) credit (almadenahnews: no machine date)', () => {
  const { expected, metadata } = loadPage('arabic-news', 'almadenahnews-jo-825076');
  it('reads "24 نيسان / أبريل 2020"', () => expect(metadata.publishedDate).toBe(expected.publishedDate));
  it('credits Petra as the wire', () => expect(metadata.wireAgencies).toEqual(expected.wireAgencies));
  it('does not take the site name in meta author for a byline', () => expect(metadata.authors).toEqual([]));
  it('does not read the outlet tag "المدينة نيوز :-" as a dateline', () => expect(metadata.dateline).toBeNull());
});

describe('a "today" date in the masthead, Maghrebi month names, RDFa date, "حوار:" byline (assabah)', () => {
  const { expected, metadata } = loadPage('arabic-news', 'assabah-tn-164913');
  it('dates the article from its dc:date, not a sidebar issue date', () => {
    expect(dayOf(metadata.publishedDate)).toBe(expected.publishedDate);
  });
  it('strips the interview label from the byline', () => expect(metadata.authors).toEqual(expected.authors));
});

describe('lang="en-US" on an Arabic page (beirutobserver)', () => {
  const { expected, metadata } = loadPage('arabic-news', 'beirutobserver-lb-2338761');
  it('detects Arabic and right-to-left from the text', () => {
    expect(metadata.language).toBe(expected.language);
    expect(metadata.direction).toBe('rtl');
  });
  it('keeps the WordPress account in a hidden vcard out of the authors', () => expect(metadata.authors).toEqual([]));
  it('keeps the UTC timestamp that agrees with the visible day', () => {
    expect(metadata.publishedDate).toBe(expected.publishedDate);
  });
});

describe('a UTC date one day off the local date (elbaladtv)', () => {
  const { expected, metadata } = loadPage('arabic-news', 'elbaladtv-eg-317359');
  it('reports the local publication day, 25 December, not 24 December UTC', () => {
    expect(dayOf(metadata.publishedDate)).toBe(dayOf(expected.publishedDate));
    expect(Date.parse(metadata.publishedDate ?? '')).toBe(Date.parse(expected.publishedDate));
  });
  it('takes the byline under the headline, not the "most read" sidebar byline', () => {
    expect(metadata.authors).toEqual(expected.authors);
  });
});

describe('wire credits only in photo captions are not wires (alyaum)', () => {
  const { expected, metadata } = loadPage('arabic-news', 'alyaum-sa-6291787');
  it('lists no wire agency', () => expect(metadata.wireAgencies).toEqual([]));
  it('splits "حسام أبو العلا - القاهرة" into author and dateline', () => {
    expect(metadata.authors).toEqual(expected.authors);
    expect(metadata.dateline).toBe(expected.dateline);
  });
  it('prefers the Arabic publisher name to the Latin brand', () => expect(metadata.publisher).toBe(expected.publisher));
});

describe('relative visible date and "المصدر : وكالات" after the body (aljazeera)', () => {
  it('credits unnamed agencies, not the Reuters photo credit', () => {
    const { expected, metadata } = loadPage('arabic-news', 'aljazeera-net-2019-09-23-aramco');
    expect(metadata.wireAgencies).toEqual(expected.wireAgencies);
    expect(metadata.publishedDate).toBe(expected.publishedDate);
  });
});

describe('dateline with a self-credit, URL date against a "last updated" date (cnn arabic)', () => {
  const { expected, metadata } = loadPage('arabic-news', 'cnn-arabic-2013-syria-clashes');
  it('reads "دمشق، سوريا (CNN) --" as the dateline, CNN not as a wire', () => {
    expect(metadata.dateline).toBe(expected.dateline);
    expect(metadata.wireAgencies).toEqual([]);
  });
  it('dates the story from its URL, not from the last-update stamp', () => {
    expect(metadata.publishedDate).toBe(expected.publishedDate);
  });
  it('picks the headline h1, not the logo banner h1', () => expect(metadata.title).toBe(expected.title));
});

describe('charset declared after the first 1,024 bytes, byline only at the end (ynet)', () => {
  const { expected, metadata } = loadPage('rtl-other', 'ynet-il-5735210');
  it('reads the page as UTF-8 Hebrew', () => {
    expect(metadata.title).toBe(expected.title);
    expect(metadata.language).toBe('he');
  });
  it('takes "(דניאל סלאמה)" at the end as the author, not the section "חדשות"', () => {
    expect(metadata.authors).toEqual(expected.authors);
  });
});

describe('Jalali visible date and the outlet opening the lead (aryanews, Persian)', () => {
  const { expected, metadata } = loadPage('rtl-other', 'aryanews-ir-120200622120908039');
  it('converts "2 تير 1399" to 2020-06-22', () => expect(metadata.publishedDate).toBe(expected.publishedDate));
  it('does not take the outlet name for a dateline', () => expect(metadata.dateline).toBeNull());
  it('finds the headline inside an ASP.NET form', () => expect(metadata.title).toBe(expected.title));
});
