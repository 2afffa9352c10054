//! Feasts whose Gregorian date moves from year to year, computed from their own calendars
//! rather than from typed tables: Islamic feasts from the Umm al-Qura calendar (ICU4X
//! `icu_calendar`), Imlek and the lunar days of Nyepi and Waisak from the Chinese calendar,
//! Easter from the Gregorian computus.
//!
//! Accuracy (day precision is given anyway, the README says so):
//! - Islamic feasts: Umm al-Qura is Saudi Arabia's official calendar. Indonesia's government
//!   fixes Idul Fitri, Idul Adha and 1 Ramadan by sighting (sidang isbat), which falls on the
//!   same day or one day later (2015–2025: Idul Fitri 8 of 11 the same, Idul Adha 5 of 11).
//! - Imlek: exact (the Chinese calendar's first day).
//! - Nyepi: the Balinese Saka new year follows the new moon of the ninth sasih (Tilem Kesanga),
//!   taken here as the day of the first new moon (first day of a Chinese month) from 8 March
//!   on; the Balinese reckoning puts it on that day or the next (2015–2025: 3 of 5 the same).
//! - Waisak: Indonesia keeps it at the full moon of the fourth lunar month, taken as that
//!   month's 16th day (the full moon falls on the 15th–17th; 2015–2025: 3 of 5 the same).
//! - Easter (and Good Friday, Ascension): exact for the Western churches.

use icu_calendar::cal::{ChineseTraditional, Hijri};
use icu_calendar::types::Month;
use icu_calendar::{Date as IcuDate, Iso};
use warta_core::Date;

/// A feast with a moving Gregorian date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feast {
    /// A day of the Islamic year (month, day): Idul Fitri 10-01, Idul Adha 12-10.
    Hijri(u8, u8),
    /// A day of the Chinese year (month, day): Imlek 01-01.
    Chinese(u8, u8),
    /// Easter Sunday plus N days (Good Friday -2, Ascension +39).
    Easter(i16),
    /// Nyepi, the Balinese (Saka) new year.
    Nyepi,
    /// Waisak (Vesak), the full moon of the fourth lunar month.
    Waisak,
}

impl Feast {
    /// Reads a `phrases.tsv` argument: `hijri:10-01`, `chinese:01-01`, `easter:-2`, `nyepi`,
    /// `waisak`.
    pub fn parse(arg: &str) -> Option<Feast> {
        let (kind, rest) = arg.split_once(':').unwrap_or((arg, ""));
        let md = || -> Option<(u8, u8)> {
            let (m, d) = rest.split_once('-')?;
            let (m, d): (u8, u8) = (m.parse().ok()?, d.parse().ok()?);
            ((1..=13).contains(&m) && (1..=30).contains(&d)).then_some((m, d))
        };
        match kind {
            "hijri" => md().map(|(m, d)| Feast::Hijri(m, d)),
            "chinese" => md().map(|(m, d)| Feast::Chinese(m, d)),
            "easter" => Some(Feast::Easter(if rest.is_empty() {
                0
            } else {
                rest.trim_start_matches('+').parse().ok()?
            })),
            "nyepi" => Some(Feast::Nyepi),
            "waisak" => Some(Feast::Waisak),
            _ => None,
        }
    }

    /// The days of the feast that fall in Gregorian year `y` (an Islamic feast falls twice in
    /// some years, as Idul Fitri did in 2000).
    pub fn in_year(self, y: i16) -> Vec<Date> {
        if !(1600..=2400).contains(&y) {
            return Vec::new();
        }
        let yi = i32::from(y);
        match self {
            Feast::Hijri(m, d) => {
                let cal = Hijri::new_umm_al_qura();
                let Ok(jan1) = IcuDate::try_new_iso(yi, 1, 1) else {
                    return Vec::new();
                };
                let hy = jan1.to_calendar(cal).year().extended_year();
                (hy..=hy + 1)
                    .filter_map(|h| IcuDate::try_new_hijri_with_calendar(h, m, d, cal).ok())
                    .filter_map(|x| to_date(x.to_calendar(Iso)))
                    .filter(|x| x.year() == y)
                    .collect()
            }
            Feast::Chinese(m, d) => IcuDate::try_new_chinese_traditional(yi, Month::new(m), d)
                .ok()
                .and_then(|x| to_date(x.to_calendar(Iso)))
                .into_iter()
                .collect(),
            Feast::Waisak => IcuDate::try_new_chinese_traditional(yi, Month::new(4), 16)
                .ok()
                .and_then(|x| to_date(x.to_calendar(Iso)))
                .into_iter()
                .collect(),
            Feast::Nyepi => {
                let Ok(start) = IcuDate::try_new_iso(yi, 3, 8) else {
                    return Vec::new();
                };
                let rd = start.to_rata_die();
                (0..31)
                    .map(|k| IcuDate::from_rata_die(rd + k, ChineseTraditional::new()))
                    .find(|c| c.day_of_month().0 == 1)
                    .and_then(|c| to_date(c.to_calendar(Iso)))
                    .into_iter()
                    .collect()
            }
            Feast::Easter(n) => easter(y)
                .and_then(|d| d.checked_add(jiff::Span::new().days(i64::from(n))).ok())
                .into_iter()
                .collect(),
        }
    }
}

impl Feast {
    /// The day of an Islamic feast in Hijri year `hy` (Umm al-Qura), as `Idul Fitri 1445 H`
    /// writes it; `None` for other feasts or years outside 1300–1700 AH.
    pub fn in_hijri_year(self, hy: i32) -> Option<Date> {
        let Feast::Hijri(m, d) = self else { return None };
        if !(1300..=1700).contains(&hy) {
            return None;
        }
        let cal = Hijri::new_umm_al_qura();
        IcuDate::try_new_hijri_with_calendar(hy, m, d, cal)
            .ok()
            .and_then(|x| to_date(x.to_calendar(Iso)))
    }
}

/// The last day of the Umm al-Qura month that `first` (a Gregorian day) falls in: for
/// 1 Ramadhan, the day before Idul Fitri.
pub fn hijri_month_end(first: Date) -> Option<Date> {
    let iso = IcuDate::try_new_iso(i32::from(first.year()), first.month() as u8, first.day() as u8).ok()?;
    let h = iso.to_calendar(Hijri::new_umm_al_qura());
    let left = i64::from(h.days_in_month()) - i64::from(h.day_of_month().0);
    first.checked_add(jiff::Span::new().days(left)).ok()
}

fn to_date(x: IcuDate<Iso>) -> Option<Date> {
    let y = i16::try_from(x.year().extended_year()).ok()?;
    Date::new(y, x.month().ordinal as i8, x.day_of_month().0 as i8).ok()
}

/// Western Easter Sunday of year `y` (the anonymous Gregorian computus, Meeus/Jones/Butcher).
pub fn easter(y: i16) -> Option<Date> {
    let y = i32::from(y);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(y as i16, month as i8, day as i8).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn islamic_feasts_from_umm_al_qura() {
        assert_eq!(Feast::Hijri(10, 1).in_year(2024), vec![d("2024-04-10")]);
        assert_eq!(Feast::Hijri(10, 1).in_year(2015), vec![d("2015-07-17")]);
        assert_eq!(Feast::Hijri(12, 10).in_year(2019), vec![d("2019-08-11")]);
        assert_eq!(Feast::Hijri(9, 1).in_year(2025), vec![d("2025-03-01")]);
        // Idul Fitri fell twice in 2000 (1420 and 1421 AH)
        assert_eq!(Feast::Hijri(10, 1).in_year(2000).len(), 2);
        // Indonesia's date is the same day or the next: within one day of the official ones
        for (f, y, official) in [
            (Feast::Hijri(10, 1), 2023, "2023-04-22"),
            (Feast::Hijri(10, 1), 2025, "2025-03-31"),
            (Feast::Hijri(12, 10), 2024, "2024-06-17"),
            (Feast::Hijri(12, 10), 2016, "2016-09-12"),
        ] {
            let got = f.in_year(y)[0];
            let diff = (d(official) - got).get_days();
            assert!((0..=1).contains(&diff), "{f:?} {y}: {got} vs {official}");
        }
    }

    #[test]
    fn chinese_and_lunar_feasts() {
        assert_eq!(Feast::Chinese(1, 1).in_year(2024), vec![d("2024-02-10")]);
        assert_eq!(Feast::Chinese(1, 1).in_year(2015), vec![d("2015-02-19")]);
        assert_eq!(Feast::Waisak.in_year(2024), vec![d("2024-05-23")]);
        assert_eq!(Feast::Waisak.in_year(2016), vec![d("2016-05-22")]);
        assert_eq!(Feast::Nyepi.in_year(2023), vec![d("2023-03-22")]);
        assert_eq!(Feast::Nyepi.in_year(2016), vec![d("2016-03-09")]);
        // within a day of Indonesia's official dates elsewhere
        for (f, y, official) in [
            (Feast::Nyepi, 2024, "2024-03-11"),
            (Feast::Nyepi, 2025, "2025-03-29"),
            (Feast::Waisak, 2025, "2025-05-12"),
            (Feast::Waisak, 2023, "2023-06-04"),
        ] {
            let got = f.in_year(y)[0];
            assert!(
                (d(official) - got).get_days().abs() <= 1,
                "{f:?} {y}: {got} vs {official}"
            );
        }
    }

    #[test]
    fn easter_computus() {
        for (y, e) in [
            (2015, "2015-04-05"),
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2019, "2019-04-21"),
            (2038, "2038-04-25"),
        ] {
            assert_eq!(easter(y), Some(d(e)));
        }
        assert_eq!(Feast::Easter(-2).in_year(2024), vec![d("2024-03-29")]);
        assert_eq!(Feast::Easter(39).in_year(2024), vec![d("2024-05-09")]);
    }

    #[test]
    fn parse_args() {
        assert_eq!(Feast::parse("hijri:10-01"), Some(Feast::Hijri(10, 1)));
        assert_eq!(Feast::parse("easter:-2"), Some(Feast::Easter(-2)));
        assert_eq!(Feast::parse("easter"), Some(Feast::Easter(0)));
        assert_eq!(Feast::parse("waisak"), Some(Feast::Waisak));
        assert_eq!(Feast::parse("hijri:14-01"), None);
        assert_eq!(Feast::parse("lunar"), None);
    }

    proptest::proptest! {
        #[test]
        fn every_feast_falls_in_its_year(y in 1700i16..2300) {
            for f in [Feast::Hijri(10, 1), Feast::Hijri(12, 10), Feast::Hijri(1, 1), Feast::Chinese(1, 1), Feast::Nyepi, Feast::Waisak, Feast::Easter(0)] {
                let days = f.in_year(y);
                proptest::prop_assert!(!days.is_empty() && days.len() <= 2, "{:?} {}", f, y);
                for x in days {
                    proptest::prop_assert_eq!(x.year(), y);
                }
            }
            let e = easter(y).unwrap();
            proptest::prop_assert_eq!(e.weekday(), jiff::civil::Weekday::Sunday);
            proptest::prop_assert!((e.month(), e.day()) >= (3, 22) && (e.month(), e.day()) <= (4, 25));
        }
    }
}
