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
    // Parts kept apart at element boundaries (collect.ts, linesOf): the segment with a full name.
    ['By | by JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL | December 16, 2016, 4:19 PM', ['JOSH HASKELL', 'DAVID CAPLAN', 'PATRICK REEVELL']],
    ['Politik · Jochen Bittner, Tina Hildebrandt', ['Jochen Bittner', 'Tina Hildebrandt']],
    ['October 14, 2009 | Marc Lifsher', ['Marc Lifsher']],
    ['By Joe Davidson | Washington Post | Dec 13, 2016 at 3:45 pm', ['Joe Davidson']],
    ['By Howard Blume | Staff Writer', ['Howard Blume']],
    ['Rebecca Hersher | Twitter', ['Rebecca Hersher']],
    ['Howard Blume Staff Writer', ['Howard Blume']],
    ['Staff Writer', []],
    ['Us Weekly Staff', ['Us Weekly Staff']],
    ['January 17, 2017 at 6:08 PM ET by Kori Schulman', ['Kori Schulman']],
    ['John Patrick Pullen, TIME', ['John Patrick Pullen']],
    ['Doe, Jane', ['Jane Doe']],
    ['Julia Carrie Wong and Sam Levin in Cannon Ball, North Dakota', ['Julia Carrie Wong', 'Sam Levin']],
    ['Tom DiChristopher@tdichristopher | WATCH LIVE', ['Tom DiChristopher']],
    ['Par Cécile Ducourtieux(Bruxelles, bureau européen)', ['Cécile Ducourtieux']],
    ['By Jane Roe jane.roe@news.example', ['Jane Roe']],
    ['By Ysabel Yates | Illustration by Claire Lordon', ['Ysabel Yates']],
    ['ZDNet Japan Staff 2019年04月28日 08時00分', ['ZDNet Japan Staff']],
    ['投稿者 Masafumi Negishi', ['Masafumi Negishi']],
    ['About the Author | Sarah Archer | Feed', ['Sarah Archer']],
    ['人氣(23925)', []],
    // Labels and roles in other languages.
    ['文● オカモト／ASCII編集部', ['オカモト']],
    ['[田中宏昌，ITmedia]', ['田中宏昌']],
    ['Eric Freeman 著、嶋田 健志 監訳、木下 哲也 訳', ['Eric Freeman']],
    ['著者：山田太郎', ['山田太郎']],
    ['홍길동 기자', ['홍길동']],
    ['Af Jens Hansen', ['Jens Hansen']],
    ['Door Jan de Vries en Piet Jansen', ['Jan de Vries', 'Piet Jansen']],
    ['Di Mario Rossi', ['Mario Rossi']],
    ['Autor: Max Mustermann', ['Max Mustermann']],
    // Co-authors in capitals, glued elements, surname first (issue #14).
    ['By JANE DOE AND JOHN ROE', ['JANE DOE', 'JOHN ROE']],
    ['VON ANNA SCHMIDT UND PETER MÜLLER', ['ANNA SCHMIDT', 'PETER MÜLLER']],
    ['By MARY MCDONALD and JOHN O’NEIL', ['MARY MCDONALD', 'JOHN O’NEIL']],
    ['Por Ana García y Luis Pérez', ['Ana García', 'Luis Pérez']],
    ['Jane DoeWashington', ['Jane Doe']],
    ['John RoeStaff Writer', ['John Roe']],
    ['Pieter de VriesRedacteur', ['Pieter de Vries']],
    ['By Ronald McDonald and Tina DeLuca', ['Ronald McDonald', 'Tina DeLuca']],
    ['Leonardo DiCaprio', ['Leonardo DiCaprio']],
    ['McAllister, Fiona', ['Fiona McAllister']],
    ['O’Brien, Kate', ['Kate O’Brien']],
    ['Smith, Jones and Brown', ['Smith', 'Jones', 'Brown']],
    ['By Jane Doe (AP)', ['Jane Doe']],
    ['dpa/lno', []],
  ])('%s → %j', (line, names) => {
    expect(splitByline(line).names).toEqual(names);
  });

  it('keeps the agency apart', () => {
    expect(splitByline('By Jane Doe and John Roe, Reuters').agencies).toEqual(['Reuters']);
  });

  it.each([
    ['By Jane Doe (AP)', ['AP']],
    ['Anna Schmidt (dpa)', ['dpa']],
    ['dpa/lno', ['dpa/lno']],
    ['Von Anna Schmidt, AFP/jdb', ['AFP/jdb']],
    ['Jane Doe | AFP', ['AFP']],
    ['Jane Doe | Washington', []],
  ])('agencies of %s → %j', (line, agencies) => {
    expect(splitByline(line).agencies).toEqual(agencies);
  });
});
