import { describe, expect, it } from 'vitest';
import { splitByline } from '../../../src/metadata/authors';

describe('splitByline', () => {
  it.each([
    ['Martin Untersinger (avec Damien Leloup et Morgane Tual)', ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']],
    ['By Jane Doe (with John Roe)', ['Jane Doe', 'John Roe']],
    ['Von Anna Schmidt (mit Jonas Weber)', ['Anna Schmidt', 'Jonas Weber']],
    ['Mac & i', ['Mac & i']],
    ['Jane Doe & John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe and John Roe, Reuters', ['Jane Doe', 'John Roe']],
    ['Posted by Andrew Hayden, Software Engineer on Google Play', ['Andrew Hayden']],
    ['Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15, all posts', ['kovarex', 'TOGos', 'Ernestas', 'Albert']],
    ['By Jane Doe, Ursula von der Leyen', ['Jane Doe', 'Ursula von der Leyen']],
    ['By Jane Doe, senior correspondent', ['Jane Doe']],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', ['Bradley M. Kuhn']],
    ['Last Updated: July 10, 2020', []],
    ['Follow Author', []],
    ['Brenda Goodman, MA WebMD Health News', ['Brenda Goodman']],
    ['Jane Doe, PhD', ['Jane Doe']],
    ['By John Doe, Dr Jane Smith and Ma Ying', ['John Doe', 'Dr Jane Smith', 'Ma Ying']],
    ['By the way, we did it', []],
    ['By van Gogh', ['van Gogh']],
    ['Rob Ewaschuk Edited by Betsy Beyer', ['Rob Ewaschuk']],
    ['Meta name author', ['Meta name author']],
  ])('%s → %j', (line, names) => {
    expect(splitByline(line).names).toEqual(names);
  });

  it('keeps the agency apart', () => {
    expect(splitByline('By Jane Doe and John Roe, Reuters').agencies).toEqual(['Reuters']);
  });
});
