import { describe, expect, it } from 'vitest';
import { findDateRanges, parseDateRange } from '../../src/resume/structure/index.js';

const asOf = '2024-06';

describe('parseDateRange', () => {
  it.each([
    ['Jan 2019 – Present', '2019-01', '2024-06', true],
    ['January 2019 - Current', '2019-01', '2024-06', true],
    ['2017-2020', '2017-01', '2020-12', false],
    ['2017 – 2020', '2017-01', '2020-12', false],
    ['03/2018 - 06/2021', '2018-03', '2021-06', false],
    ['3/2018 – Now', '2018-03', '2024-06', true],
    ['Summer 2020', '2020-06', '2020-08', false],
    ['June 2014 – Sep 2014', '2014-06', '2014-09', false],
    ['2019 to date', '2019-01', '2024-06', true],
    ['Sep. 2019 -- Dec. 2020', '2019-09', '2020-12', false],
    ['2019.03 - 2021.06', '2019-03', '2021-06', false],
    ["Jun '19 – Aug '20", '2019-06', '2020-08', false],
    ['06/2016', '2016-06', '2016-06', false],
    ['06/2016 to Current', '2016-06', '2024-06', true],
    ['From:- July-2015 to Present', '2015-07', '2024-06', true],
    ['June - August 2017', '2017-06', '2017-08', false],
    ['Nov - Feb 2020', '2019-11', '2020-02', false],
    ['University of Bremen, 2016/09 - now', '2016-09', '2024-06', true],
    ['Getoq Consulting, 2011 / 11', '2011-11', '2011-11', false],
    ['Date: Sept 1997 – June 1999', '1997-09', '1999-06', false],
    ['Sep. 2023 \u00ad Mar. 2024', '2023-09', '2024-03', false],
    ['Software Engineer        May 2023 - Present', '2023-05', '2024-06', true],
    ['2020 - Today', '2020-01', '2024-06', true],
    ['Mar 2021 – ongoing', '2021-03', '2024-06', true],
    ['Jan 2015 - Present | New York, NY', '2015-01', '2024-06', true],
    ['11/2010 to 05/2013', '2010-11', '2013-05', false],
    ['December2015', '2015-12', '2015-12', false],
    ['2022 –', '2022-01', '2024-06', true],
    ['Aug. 11, 2003 thru May 18, 2007 (8 am - 5 pm)', '2003-08', '2007-05', false],
    ['Joining date from: January 25th, 2017 - Present', '2017-01', '2024-06', true],
    ['Team Lead 2013/---', '2013-01', '2024-06', true],
    ['Web master, UIC- February 2014 to till date', '2014-02', '2024-06', true],
  ])('reads %j', (text, start, end, present) => {
    expect(parseDateRange(text, asOf)).toEqual({ start, end, present });
  });

  it.each([
    ['Python 3.10'],
    ['607.379.5733'],
    ['(951) 355-8530'],
    ['206-555-0149'],
    ['2019 Award'],
    ['Top rated Python developer 2018'],
    ['Marketing and sales'],
    ['Managed a $2,019 budget'],
    ['2020 – 2017'],
    ['version 10.2019.1'],
  ])('finds no range in %j', (text) => {
    expect(parseDateRange(text, asOf)).toBeNull();
  });

  it('takes a bare year as January when it starts a range and December when it ends one', () => {
    expect(parseDateRange('2015 – 2017', asOf)).toEqual({ start: '2015-01', end: '2017-12', present: false });
  });

  it('marks seasons, which read as internships when alone', () => {
    expect(findDateRanges('Summer 2022', asOf)[0]).toMatchObject({ season: true, single: true });
    expect(findDateRanges('May 2022 – Aug 2022', asOf)[0]).toMatchObject({ season: false, single: false });
  });

  it('finds every range on a line, left to right, with offsets', () => {
    const text = 'Master Studies   2012 - 2015   Project 2013 - 2014';
    const found = findDateRanges(text, asOf);
    expect(found.map((r) => [r.start, r.end])).toEqual([['2012-01', '2015-12'], ['2013-01', '2014-12']]);
    expect(text.slice(found[0]!.index, found[0]!.index + found[0]!.length)).toBe('2012 - 2015');
  });
});

describe('a range whose dash was lost', () => {
  it('reads two dated months side by side as a range', () => {
    expect(parseDateRange('DevOps Engineer Sep. 2023 Mar. 2024', '2026-02')).toEqual({ start: '2023-09', end: '2024-03', present: false });
    expect(parseDateRange('Engineer Jan 2020 Present', '2026-02')).toEqual({ start: '2020-01', end: '2026-02', present: true });
  });
  it('does not join two bare years', () => {
    expect(parseDateRange('Awards 2019 2020', '2026-02')).toBeNull();
  });
  it('reads two years, or a year and "now", that open a line before its title as a range', () => {
    expect(parseDateRange('2019 2021 Java Backend Developer, Miratorg (Belgorod, Russia)', '2026-02')).toEqual({ start: '2019-01', end: '2021-12', present: false });
    expect(parseDateRange('2021 now Full-Stack Developer, Inetex (Rehovot, Israel)', '2026-02')).toEqual({ start: '2021-01', end: '2026-02', present: true });
    expect(parseDateRange('2008 2010. Junior software developer.', '2026-02')).toEqual({ start: '2008-01', end: '2010-12', present: false });
  });
  it('does not join years that list, or a year and "now" inside a sentence', () => {
    expect(findDateRanges('2019 2020 2021 Winner of the hackathon', '2026-02').some((r) => !r.single)).toBe(false);
    expect(parseDateRange('Since 2021 now the team ships weekly', '2026-02')).toBeNull();
    expect(parseDateRange('Grew sales 2019 2021 by a third', '2026-02')).toBeNull();
  });
});

describe('ranges whose dash was lost or said in words', () => {
  it.each([
    ['20182020', '2018-01', '2020-12', false],
    ['2018 2020', '2018-01', '2020-12', false],
    ['Jan 2018Mar 2020', '2018-01', '2020-03', false],
    ['Acme Corp   Jan 2018Present', '2018-01', '2024-06', true],
    ['01/2018 - Current', '2018-01', '2024-06', true],
    ['2018 – Till date', '2018-01', '2024-06', true],
    ['Mar 2021 – Till Date', '2021-03', '2024-06', true],
    ['Since 2019', '2019-01', '2024-06', true],
    ['Acme Corp   2018 2020', '2018-01', '2020-12', false],
    ['Acme Corp, since March 2019', '2019-03', '2024-06', true],
    ['Acme Corp   Since 2019   Boston', '2019-01', '2024-06', true],
  ])('reads %j', (text, start, end, present) => {
    expect(parseDateRange(text, asOf)).toEqual({ start, end, present });
  });

  it.each([
    ['20202018'], // runs backwards: not a range
    ['Call 1800 2020 555'], // digits of a phone number, not years
    ['Since 2019 I have led the platform team'], // a sentence, not a dated cell
    ['Reference 20182020X'],
    ['Led a team of 3 since 2014, adopted Scrum'],
  ])('reads no range in %j', (text) => {
    expect(parseDateRange(text, asOf)).toBeNull();
  });

  it('does not join two years that run backwards or span a lifetime', () => {
    expect(findDateRanges('2020 2018', asOf).every((r) => r.single)).toBe(true);
    expect(parseDateRange('1960 2020', asOf)).toBeNull();
  });
});

describe('dates a converter letterspaced apart', () => {
  it('joins a month, a year and "present" split after their first character', () => {
    const text = 'December 2 019 - p resent - Java, TypeScript';
    const [range] = findDateRanges(text, asOf);
    expect(range).toMatchObject({ start: '2019-12', end: asOf, present: true, index: 0 });
    // The span is cut from the line as written.
    expect(text.slice(range!.index, range!.index + range!.length)).toBe('December 2 019 - p resent');
    expect(parseDateRange('February 2 018 - D ecember 2 018 as p roper', asOf)).toEqual({ start: '2018-02', end: '2018-12', present: false });
  });

  it('leaves a number with a thousands space and other split words alone', () => {
    expect(findDateRanges('Managed 2 000 users from 2019 - 2021', asOf).map((r) => [r.start, r.end])).toEqual([['2019-01', '2021-12']]);
    expect(findDateRanges('I ncreased sales 2 019 times', asOf)).toEqual([]);
  });
});

describe('ranges written with two-digit years ("06/15 - Now")', () => {
  it.each([
    ['Data Innovation Lab @ Capital One (San Francisco, Ca.) 06/15 - Now', '2015-06', '2024-06', true],
    ['The Home Depot Pro (Colma, Ca.) 05/11 - 03/13', '2011-05', '2013-03', false],
    ['Technion University BS : Electrical Engineering 01/90-05/93', '1990-01', '1993-05', false],
    ['Workforce Planning Manager (Pennsylvania) 07/15 to 10/16 Managed', '2015-07', '2016-10', false],
  ])('reads %j', (text, start, end, present) => {
    expect(parseDateRange(text, asOf)).toEqual({ start, end, present });
  });

  it.each([
    ['Provided 24/7 support - 3/4 of the team on call'],
    ['Scored 12/20 - 15/20 in the final exam'],
    ['Appointments on 12/15 - see the calendar'],
    ['Invoice 2/14/2019 - paid'],
  ])('reads no range in %j', (text) => {
    expect(findDateRanges(text, asOf)).toEqual([]);
  });
});

describe('dates set in markup emphasis', () => {
  it.each([
    ['_June 2011 - February 2013_ (1 year 9 month)', '2011-06', '2013-02', false],
    ['*February 2013 - Present*', '2013-02', '2024-06', true],
  ])('reads %j', (text, start, end, present) => {
    expect(parseDateRange(text, asOf)).toEqual({ start, end, present });
  });

  it('still reads no date inside a word or a number', () => {
    expect(findDateRanges('Ticket ABC2019-2020x and build v2020', asOf)).toEqual([]);
  });
});
