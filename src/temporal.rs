//! Dates, times, durations, money and percentages.
//!
//! Reads: tokens, and the dateline from the layout (to resolve "أمس" and "الأسبوع المقبل").
//! Adds: mentions of kind date, money and percent, each with a normalised `value`
//! (ISO 8601 date, ISO 8601 duration such as `PT3H`, amount with ISO 4217 code, percentage).

use crate::doc::{Document, MentionInfo, Source};
use crate::lexicon::lexicon;
use crate::lexicon::titles::strip_article;
use crate::output::{EntityKind, MentionForm};
use crate::text::tokenize::TokenKind;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub y: i32,
    /// Month, 1..=12.
    pub m: u32,
    /// Day, 1..=31.
    pub d: u32,
}

impl Date {
    /// A valid date, or None.
    pub fn new(y: i32, m: u32, d: u32) -> Option<Date> {
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        let dim = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        ((1..=12).contains(&m) && d >= 1 && d <= dim[m as usize - 1] && (1000..=2999).contains(&y)).then_some(Date {
            y,
            m,
            d,
        })
    }
    /// Days since 1970-01-01 (proleptic Gregorian).
    pub fn days(self) -> i64 {
        let y = if self.m <= 2 { self.y - 1 } else { self.y } as i64;
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.m as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }
    /// The date `days` after 1970-01-01.
    pub fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = (yoe + era * 400 + if m <= 2 { 1 } else { 0 }) as i32;
        Date { y, m, d }
    }
    /// Adds days.
    pub fn plus(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }
    /// 0 = Sunday … 6 = Saturday.
    pub fn weekday(self) -> u32 {
        (self.days() + 4).rem_euclid(7) as u32
    }
    /// The ISO 8601 week holding the date: `2025-W33`.
    pub fn iso_week(self) -> String {
        let monday_based = (self.weekday() as i64 + 6) % 7;
        let thursday = self.plus(3 - monday_based);
        let jan1 = Date { y: thursday.y, m: 1, d: 1 };
        let week = (thursday.days() - jan1.days()) / 7 + 1;
        format!("{:04}-W{:02}", thursday.y, week)
    }
    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut p = s.splitn(3, '-');
        Date::new(p.next()?.parse().ok()?, p.next()?.parse().ok()?, p.next()?.parse().ok()?)
    }
}

/// Parses a numeric date token: `07/08/2025` (day first, as Arabic news writes it),
/// `2025-08-07`, `7.8.2025`.
pub fn parse_numeric_date(s: &str) -> Option<Date> {
    let parts: Vec<&str> = s.split(['/', '-', '.']).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let n: Vec<u32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
    if parts[0].len() == 4 {
        Date::new(n[0] as i32, n[1], n[2])
    } else if parts[2].len() == 4 {
        Date::new(n[2] as i32, n[1], n[0])
    } else {
        None
    }
}

fn number(s: &str) -> Option<f64> {
    let t = s.trim_end_matches('%');
    if t.is_empty() || !t.bytes().next()?.is_ascii_digit() {
        return None;
    }
    // "1,250,000" thousands; "3,2" a decimal comma; "2.5" a decimal point.
    let v = if t.matches(',').count() >= 1 && t.split(',').skip(1).all(|g| g.len() == 3) {
        t.replace(',', "")
    } else {
        t.replace(',', ".")
    };
    v.parse().ok()
}

/// Arabic number words (folded, without clitics) → value.
pub(crate) fn number_word(w: &str) -> Option<f64> {
    Some(match w {
        "واحد" | "واحده" => 1.0,
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" => 2.0,
        "ثلاث" | "ثلاثه" => 3.0,
        "اربع" | "اربعه" => 4.0,
        "خمس" | "خمسه" => 5.0,
        "ست" | "سته" => 6.0,
        "سبع" | "سبعه" => 7.0,
        "ثماني" | "ثمانيه" | "ثمان" => 8.0,
        "تسع" | "تسعه" => 9.0,
        "عشر" | "عشره" => 10.0,
        "عشرين" | "عشرون" => 20.0,
        "ثلاثين" | "ثلاثون" => 30.0,
        "اربعين" | "اربعون" => 40.0,
        "خمسين" | "خمسون" => 50.0,
        "ستين" | "ستون" => 60.0,
        "سبعين" | "سبعون" => 70.0,
        "ثمانين" | "ثمانون" => 80.0,
        "تسعين" | "تسعون" => 90.0,
        "مئه" | "مائه" => 100.0,
        "الف" => 1000.0,
        _ => return None,
    })
}

/// Duration units: folded singular/plural/dual forms → (ISO designator, is_time, dual).
fn duration_unit(w: &str) -> Option<(&'static str, bool, bool)> {
    Some(match w {
        // After 11 and more the unit is singular and accusative: "15 عاما", "18 شهرا", "60 يوما".
        "دقيقه" | "دقائق" => ("M", true, false),
        "عاما" => ("Y", false, false),
        "شهرا" => ("M", false, false),
        "يوما" => ("D", false, false),
        "اسبوعا" => ("W", false, false),
        "دقيقتين" | "دقيقتان" => ("M", true, true),
        "ساعه" | "ساعات" => ("H", true, false),
        "ساعتين" | "ساعتان" => ("H", true, true),
        "يوم" | "ايام" => ("D", false, false),
        "يومين" | "يومان" => ("D", false, true),
        "اسبوع" | "اسابيع" => ("W", false, false),
        "اسبوعين" | "اسبوعان" => ("W", false, true),
        "شهر" | "اشهر" | "شهور" => ("M", false, false),
        "شهرين" | "شهران" => ("M", false, true),
        "سنه" | "سنوات" | "عام" | "اعوام" => ("Y", false, false),
        "سنتين" | "سنتان" | "عامين" | "عامان" => ("Y", false, true),
        _ => return None,
    })
}

fn iso_duration(n: f64, unit: &str, time: bool) -> String {
    let n = if n.fract() == 0.0 { format!("{}", n as i64) } else { format!("{n}") };
    if time {
        format!("PT{n}{unit}")
    } else {
        format!("P{n}{unit}")
    }
}

/// The currency a country's adjective makes of a shared name ("دينار أردني" → JOD, "جنيه
/// سوداني" → SDG, "ليرة لبنانية" → LBP); the adjective folded, without the article.
fn national_currency(cur: &str, nisba: &str) -> Option<&'static str> {
    let nisba = nisba.strip_suffix('ه').unwrap_or(nisba);
    Some(match (cur, nisba) {
        ("KWD", "اردني") => "JOD",
        ("KWD", "عراقي") => "IQD",
        ("KWD", "تونسي") => "TND",
        ("KWD", "بحريني") => "BHD",
        ("KWD", "ليبي") => "LYD",
        ("KWD", "جزائري") => "DZD",
        ("KWD", "صربي") => "RSD",
        ("SAR", "عماني") => "OMR",
        ("SAR", "قطري") => "QAR",
        ("SAR", "يمني") => "YER",
        ("SAR", "ايراني") => "IRR",
        ("EGP", "سوداني") => "SDG",
        ("EGP", "استرليني") => "GBP",
        ("TRY", "لبناني") => "LBP",
        ("TRY", "سوري") => "SYP",
        ("AED", "مغربي") => "MAD",
        // The name's own country ("ريال سعودي", "دينار كويتي"), or any other.
        _ => return None,
    })
}

/// The currency a shared name ("دينار", "ريال", "جنيه", "ليرة", "درهم") means in a country
/// (ISO 3166 alpha-2), when it is that country's own.
fn currency_in_country(cur: &str, country: &str) -> Option<&'static str> {
    Some(match (cur, country) {
        ("KWD", "JO") => "JOD",
        ("KWD", "IQ") => "IQD",
        ("KWD", "TN") => "TND",
        ("KWD", "BH") => "BHD",
        ("KWD", "LY") => "LYD",
        ("KWD", "DZ") => "DZD",
        ("SAR", "QA") => "QAR",
        ("SAR", "OM") => "OMR",
        ("SAR", "YE") => "YER",
        ("SAR", "IR") => "IRR",
        ("EGP", "SD") => "SDG",
        ("EGP", "GB") => "GBP",
        ("TRY", "LB") => "LBP",
        ("TRY", "SY") => "SYP",
        ("AED", "MA") => "MAD",
        _ => return None,
    })
}

/// A bare currency name shared by several countries ("500 مليون دينار", no adjective) is the
/// currency of the country the article is about: the one its places name most often (the
/// dateline's counting double). Run once places spelled alike are chosen ("عمان": Amman).
pub fn national_money(doc: &mut Document) {
    let lex = lexicon();
    let mut counts: crate::hash::FxHashMap<String, usize> = Default::default();
    let dateline = doc.layout.dateline.as_ref().map(|(span, _)| *span);
    for m in &doc.mentions {
        if m.kind != EntityKind::Location {
            continue;
        }
        // The tagger's places too, read as the gazetteer reads their names.
        let concept = match m.source {
            Source::Gazetteer(c) => Some(c),
            _ => lex.gazetteer.lookup(&m.key).map(|p| p.concept),
        };
        if let Some(c) = concept {
            if let Some(code) = &lex.gazetteer.concept(c).country {
                let w = if dateline.is_some_and(|d| d.contains(m.span)) { 2 } else { 1 };
                *counts.entry(code.clone()).or_default() += w;
            }
        }
    }
    let Some((country, _)) = counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))) else { return };
    for m in &mut doc.mentions {
        if m.kind != EntityKind::Money {
            continue;
        }
        // An adjective after the name already chose ("دينار كويتي").
        let last = m.tokens.end - 1;
        if lex.gazetteer.is_nisba(&doc.bases[last]) {
            continue;
        }
        let Some(cur) = m.subtype.clone() else { continue };
        if let Some(local) = currency_in_country(&cur, &country) {
            m.subtype = Some(local.to_string());
            m.value = m.value.as_ref().map(|v| v.replace(&cur, local));
        }
    }
}

/// Currency words (folded, without the article) → ISO 4217 code.
/// The ISO code a currency word names ("دولار" → USD; the dinar is Kuwait's until the
/// article's country says otherwise).
pub fn currency(w: &str) -> Option<&'static str> {
    Some(match w {
        "دولار" | "دولارا" | "دولارات" => "USD",
        "يورو" => "EUR",
        "جنيه" | "جنيها" | "جنيهات" => "EGP",
        "ريال" | "ريالا" | "ريالات" => "SAR",
        "درهم" | "درهما" | "دراهم" => "AED",
        "دينار" | "دينارا" | "دنانير" => "KWD",
        "ليره" | "ليرات" => "TRY",
        "روبل" | "روبلا" | "روبلات" => "RUB",
        "ين" => "JPY",
        "يوان" => "CNY",
        "استرليني" => "GBP",
        "شيكل" | "شيكلا" | "شواكل" | "شيقل" | "شيقلا" | "شواقل" => "ILS",
        _ => return None,
    })
}

fn scale(w: &str) -> Option<f64> {
    Some(match w {
        "الف" | "آلاف" | "الاف" => 1e3,
        "مليون" | "ملايين" => 1e6,
        "مليار" | "مليارات" | "بليون" => 1e9,
        "تريليون" => 1e12,
        _ => return None,
    })
}

/// The folded stem of token `i` (clitics off, article off).
fn stem<'a>(doc: &'a Document, i: usize) -> &'a str {
    strip_article(&doc.bases[i])
}

/// A date starting at token `i` (before `end`): a numeric date, or day? month year?.
/// Returns the number of tokens and the ISO value when the date is complete.
pub fn date_at(doc: &Document, i: usize, end: usize) -> Option<(usize, Option<String>)> {
    date_near(doc, i, end, None)
}

/// [`date_at`], a day and month without a year ("يوم 20 ديسمبر", "3 يناير") placed in the
/// year that brings it nearest to `reference` (the dateline): in an article of 6 December
/// 2026, "3 يناير" is 2027-01-03 and "20 نوفمبر" 2026-11-20.
pub fn date_near(doc: &Document, i: usize, end: usize, reference: Option<Date>) -> Option<(usize, Option<String>)> {
    if i >= end {
        return None;
    }
    let lex = lexicon();
    let t = &doc.tokens[i];
    if t.kind == TokenKind::Number {
        if let Some(d) = parse_numeric_date(doc.light(i)) {
            return Some((1, Some(d.iso())));
        }
    }
    // [day] month[/month] [year]
    let mut j = i;
    let mut day = None;
    if doc.tokens[j].kind == TokenKind::Number {
        day = doc.light(j).parse::<u32>().ok().filter(|d| (1..=31).contains(d));
        day?;
        j += 1;
    }
    let month_at = |k: usize| -> Option<(u8, usize)> {
        if k >= end {
            return None;
        }
        let w = if k == i && day.is_none() { doc.key(k) } else { &*doc.bases[k] };
        if let Some(&m) = lex.months.get(w).or_else(|| lex.months.get(stem(doc, k))) {
            return Some((m, 1));
        }
        if k + 1 < end {
            let two = format!("{} {}", stem(doc, k), doc.key(k + 1));
            if let Some(&m) = lex.months.get(&two) {
                return Some((m, 2));
            }
        }
        None
    };
    let (month, n) = month_at(j)?;
    j += n;
    // "كانون الثاني/يناير"
    if j + 1 < end && doc.light(j) == "/" {
        if let Some((m2, n2)) = month_at(j + 1) {
            if m2 == month {
                j += 1 + n2;
            }
        }
    }
    let mut year = None;
    if j < end && doc.tokens[j].kind == TokenKind::Number {
        if let Ok(y) = doc.light(j).parse::<i32>() {
            if (1000..=2999).contains(&y) {
                year = Some(y);
                j += 1;
            }
        }
    }
    if day.is_none() && year.is_none() {
        // A bare month name is too often something else ("مايو", "آب"): ask for more.
        return None;
    }
    let value = match (day, year) {
        (Some(d), Some(y)) => Date::new(y, month as u32, d).map(|x| x.iso()),
        (None, Some(y)) => Some(format!("{y:04}-{month:02}")),
        (Some(d), None) => reference.and_then(|r| {
            (r.y - 1..=r.y + 1)
                .filter_map(|y| Date::new(y, month as u32, d))
                .min_by_key(|x| (x.days() - r.days()).abs())
                .map(|x| x.iso())
        }),
        _ => None,
    };
    Some((j - i, value))
}

struct Found {
    first: usize,
    end: usize,
    kind: EntityKind,
    subtype: &'static str,
    value: Option<String>,
}

/// "أكتوبر الماضي", "15 ديسمبر الجاري", "مارس المقبل": a month (with its day) and a word
/// placing it before, in or after the reference month. Returns the tokens it covers and its
/// ISO value when there is a reference date.
fn month_relative(doc: &Document, i: usize, end: usize, reference: Option<Date>) -> Option<(usize, Option<String>)> {
    let lex = lexicon();
    let (day, j) = match doc.tokens[i].kind {
        TokenKind::Number => (Some(doc.light(i).parse::<u32>().ok().filter(|d| (1..=31).contains(d))?), i + 1),
        _ => (None, i),
    };
    if j + 1 >= end || doc.tokens[j].kind != TokenKind::Word {
        return None;
    }
    let month = *lex.months.get(doc.key(j)).or_else(|| lex.months.get(stem(doc, j)))? as u32;
    let dir = match &*doc.bases[j + 1] {
        "الماضي" | "المنصرم" | "الفائت" => -1,
        "المقبل" | "القادم" => 1,
        "الجاري" | "الحالي" => 0,
        _ => return None,
    };
    let value = reference.and_then(|r| {
        let y = match dir {
            -1 if month < r.m => r.y,
            -1 => r.y - 1,
            1 if month > r.m => r.y,
            1 => r.y + 1,
            _ => r.y,
        };
        match day {
            Some(d) => Date::new(y, month, d).map(|x| x.iso()),
            None => Some(format!("{y:04}-{month:02}")),
        }
    });
    Some((j + 2 - i, value))
}

/// An amount of money from token `first` whose currency word is at `cur_at`: the currency
/// read from the stem or the whole word ("جنيها" is not جني + ها), and a country's adjective
/// after it, which belongs to the amount and names whose dinar or pound it is ("دولار
/// أمريكي", "دينار أردني").
fn money(doc: &Document, first: usize, cur_at: usize, amount: f64) -> Option<Found> {
    let n = doc.tokens.len();
    if cur_at >= n {
        return None;
    }
    let mut cur = currency(stem(doc, cur_at)).or_else(|| currency(strip_article(doc.key(cur_at))))?;
    let mut end = cur_at + 1;
    if end < n && lexicon().gazetteer.is_nisba(&doc.bases[end]) {
        cur = national_currency(cur, stem(doc, end)).unwrap_or(cur);
        end += 1;
    }
    Some(Found { first, end, kind: EntityKind::Money, subtype: cur, value: Some(format!("{amount} {cur}")) })
}

/// An ordinal that names a day of the month ("العاشر من أكتوبر"; "الفاتح" is the first in
/// the Maghreb).
fn ordinal_day(base: &str) -> Option<u32> {
    Some(match base {
        "الاول" | "الفاتح" => 1,
        "الثاني" => 2,
        "الثالث" => 3,
        "الرابع" => 4,
        "الخامس" => 5,
        "السادس" => 6,
        "السابع" => 7,
        "الثامن" => 8,
        "التاسع" => 9,
        "العاشر" => 10,
        "العشرين" => 20,
        "الثلاثين" => 30,
        _ => return None,
    })
}

/// Relative day words (folded stem) → offset in days from the reference date.
fn relative_day(w: &str) -> Option<i64> {
    Some(match w {
        "امس" => -1,
        "اليوم" => 0,
        "غدا" | "غد" => 1,
        "اول امس" => -2,
        "بعد غد" => 2,
        // "الليلة الماضية" (last night), "الليلة المقبلة" (tonight).
        "ليله ماضيه" | "ليله فائته" | "ليله امس" => -1,
        "ليله مقبله" | "ليله قادمه" => 0,
        _ => return None,
    })
}

/// Finds every date, time, duration, amount and percentage.
pub fn scan(doc: &mut Document) {
    let reference = doc.reference();
    let lex = lexicon();
    let n = doc.tokens.len();
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < n {
        let kind = doc.tokens[i].kind;
        // Percentages: "2.1%", "3,2 بالمائة", "5 في المئة".
        if kind == TokenKind::Number {
            let s = doc.light(i);
            if s.ends_with('%') {
                found.push(Found {
                    first: i,
                    end: i + 1,
                    kind: EntityKind::Percent,
                    subtype: "percent",
                    value: number(s).map(|v| format!("{v}%")),
                });
                i += 1;
                continue;
            }
            let next = |k: usize| (i + k < n).then(|| stem(doc, i + k));
            if next(1) == Some("مائه") || next(1) == Some("مئه") {
                let pre = doc.segs[i + 1].prep.is_some() || doc.key(i + 1).starts_with("بال");
                if pre {
                    found.push(Found {
                        first: i,
                        end: i + 2,
                        kind: EntityKind::Percent,
                        subtype: "percent",
                        value: number(s).map(|v| format!("{v}%")),
                    });
                    i += 2;
                    continue;
                }
            }
            if i + 2 < n && doc.key(i + 1) == "في" && matches!(next(2), Some("مائه") | Some("مئه")) {
                found.push(Found {
                    first: i,
                    end: i + 3,
                    kind: EntityKind::Percent,
                    subtype: "percent",
                    value: number(s).map(|v| format!("{v}%")),
                });
                i += 3;
                continue;
            }
            // Money: "53 مليار ريال", "19 مليار دولار", "45 دولارا".
            if let Some(v) = number(s) {
                let mut j = i + 1;
                let mut amount = v;
                // "آلاف" folds to "الاف", which is not the article.
                if let Some(sc) =
                    next(1).and_then(scale).or_else(|| (i + 1 < n).then(|| scale(&doc.bases[i + 1])).flatten())
                {
                    amount *= sc;
                    j += 1;
                }
                if let Some(f) = money(doc, i, j, amount) {
                    i = f.end;
                    found.push(f);
                    continue;
                }
            }
        }
        // An amount in words: "مليون جنيه", "نحو مليار دولار" (not "ملايين الدولارات").
        if kind == TokenKind::Word && i + 1 < n && doc.segs[i + 1].article == crate::text::clitics::Article::None {
            let single = matches!(stem(doc, i), "مليون" | "مليار" | "بليون" | "تريليون" | "الف");
            if let Some(f) = scale(stem(doc, i)).filter(|_| single).and_then(|sc| money(doc, i, i + 1, sc)) {
                i = f.end;
                found.push(f);
                continue;
            }
        }
        // A year: "عام 2025", "العام 2025", "سنة 2019".
        if kind == TokenKind::Word && i + 1 < n && matches!(stem(doc, i), "عام" | "سنه") {
            if let Some(y) = doc.light(i + 1).parse::<i32>().ok().filter(|y| (1000..=2999).contains(y)) {
                if doc.tokens[i + 1].kind == TokenKind::Number {
                    found.push(Found {
                        first: i,
                        end: i + 2,
                        kind: EntityKind::Date,
                        subtype: "date",
                        value: Some(format!("{y:04}")),
                    });
                    i += 2;
                    continue;
                }
            }
        }
        // "العاشر من أكتوبر الماضي", "الثاني من يوليو/تموز 2025": the day as an ordinal.
        if let Some(day) = ordinal_day(&doc.bases[i]).filter(|_| i + 2 < n && &*doc.bases[i + 1] == "من") {
            let month = month_relative(doc, i + 2, n, reference).or_else(|| date_near(doc, i + 2, n, reference));
            if let Some((len, value)) = month.filter(|(_, v)| v.as_deref().is_none_or(|v| v.len() == 7)) {
                let value = value.map(|ym| format!("{ym}-{day:02}")).filter(|v| Date::parse_iso(v).is_some());
                found.push(Found { first: i, end: i + 2 + len, kind: EntityKind::Date, subtype: "date", value });
                i += 2 + len;
                continue;
            }
        }
        // "نهاية يونيو", "مطلع مارس": a part of a month named alone is that month of the
        // dateline's year (with a year or "الماضي" the patterns below read it).
        if kind == TokenKind::Word && PERIODS.contains(&stem(doc, i)) && i + 1 < n {
            let j = i + 1;
            let month = lex.months.get(doc.key(j)).or_else(|| lex.months.get(stem(doc, j))).copied();
            let placed = j + 1 < n
                && (doc.tokens[j + 1].kind == TokenKind::Number || month_relative(doc, j, n, reference).is_some());
            if let Some(m) = month.filter(|_| doc.tokens[j].kind == TokenKind::Word && !placed) {
                // The nearest such month: "نهاية فبراير" told in December is the coming one.
                let value = reference.map(|r| {
                    let d = m as i32 - r.m as i32;
                    let y = if d < -6 {
                        r.y + 1
                    } else if d > 6 {
                        r.y - 1
                    } else {
                        r.y
                    };
                    format!("{y:04}-{m:02}")
                });
                found.push(Found { first: i, end: j + 1, kind: EntityKind::Date, subtype: "date", value });
                i = j + 1;
                continue;
            }
        }
        // A month placed by the dateline: "أكتوبر الماضي", "15 ديسمبر الجاري", "مارس المقبل".
        if let Some((len, value)) = month_relative(doc, i, n, reference) {
            found.push(Found { first: i, end: i + len, kind: EntityKind::Date, subtype: "relative", value });
            i += len;
            continue;
        }
        // Dates.
        if let Some((len, value)) = date_near(doc, i, n, reference) {
            let mut first = i;
            if i > 0 && lex.weekdays.contains_key(stem(doc, i - 1)) {
                first = i - 1;
            }
            found.push(Found { first, end: i + len, kind: EntityKind::Date, subtype: "date", value });
            i += len;
            continue;
        }
        if kind == TokenKind::Word {
            let w = stem(doc, i);
            let b = &*doc.bases[i];
            // "خمسة وعشرين عاما": units and tens joined by و.
            if let Some(v) = number_word(w).filter(|v| *v < 10.0) {
                let tens = (i + 2 < n && doc.segs[i + 1].conj == Some('و'))
                    .then(|| number_word(stem(doc, i + 1)))
                    .flatten()
                    .filter(|t| *t >= 20.0 && *t < 100.0);
                if let Some((t, (unit, time, _))) = tens.and_then(|t| Some((t, duration_unit(stem(doc, i + 2))?))) {
                    found.push(duration(i, i + 3, v + t, unit, time));
                    i += 3;
                    continue;
                }
            }
            // "يوما كاملا", "ساعة كاملة": one whole unit.
            if i + 1 < n && matches!(stem(doc, i + 1), "كاملا" | "كامله" | "كاملين" | "بكامله") {
                if let Some((unit, time, dual)) = duration_unit(w).filter(|_| doc.segs[i].prep.is_none()) {
                    let v = if dual { 2.0 } else { 1.0 };
                    found.push(duration(i, i + 2, v, unit, time));
                    i += 2;
                    continue;
                }
            }
            // Durations: "ثلاث ساعات", "يومين", "لساعات", "عشرة أيام".
            if let Some(v) =
                number_word(w).or_else(|| (kind == TokenKind::Number).then(|| number(doc.light(i))).flatten())
            {
                if i + 1 < n {
                    if let Some((unit, time, _)) = duration_unit(stem(doc, i + 1)) {
                        found.push(duration(i, i + 2, v, unit, time));
                        i += 2;
                        continue;
                    }
                }
            }
            if let Some((unit, time, dual)) = duration_unit(w) {
                let plural = matches!(w, "ساعات" | "ايام" | "اسابيع" | "اشهر" | "شهور" | "سنوات" | "اعوام" | "دقائق");
                let article = doc.segs[i].article != crate::text::clitics::Article::None;
                if dual || plural && !article && doc.segs[i].prep == Some('ل') {
                    let value = dual.then(|| iso_duration(2.0, unit, time));
                    found.push(Found { first: i, end: i + 1, kind: EntityKind::Date, subtype: "duration", value });
                    i += 1;
                    continue;
                }
            }
            // Relative days: "أمس", "اليوم", "غدا", "أول أمس".
            let two = (i + 1 < n).then(|| format!("{} {}", w, stem(doc, i + 1)));
            if let Some(off) = two.as_deref().and_then(relative_day) {
                found.push(Found {
                    first: i,
                    end: i + 2,
                    kind: EntityKind::Date,
                    subtype: "relative",
                    value: reference.map(|r| r.plus(off).iso()),
                });
                i += 2;
                continue;
            }
            if let Some(off) = relative_day(b).or_else(|| relative_day(w).filter(|_| w != "اليوم" || b == "اليوم"))
            {
                let mut end = i + 1;
                let mut value = reference.map(|r| r.plus(off).iso());
                // "اليوم الجمعة": the weekday names the day.
                // Not "بأحد فنادق" (one of), which has a preposition and no article.
                if end < n && lex.weekdays.contains_key(stem(doc, end)) && doc.segs[end].prep.is_none() {
                    end += 1;
                }
                if w == "اليوم" && b != "اليوم" {
                    value = None;
                }
                // "في اليوم نفسه", "في ذات اليوم": the day last told, not today.
                let same_after = b == "اليوم" && end < n && matches!(doc.light(end), "نفسه" | "ذاته");
                let same_before = b == "اليوم" && i > 0 && matches!(&*doc.bases[i - 1], "نفس" | "ذات");
                if same_after || same_before {
                    value = found
                        .iter()
                        .rev()
                        .find_map(|f| f.value.as_ref().filter(|v| f.kind == EntityKind::Date && v.len() == 10))
                        .cloned();
                    if same_after {
                        end += 1;
                    }
                }
                // "مساء أمس", "صباح اليوم": the part of the day goes with the day.
                let mut first = if same_before { i - 1 } else { i };
                if found.last().is_some_and(|f| f.subtype == "time" && f.end == first) {
                    first = found.pop().map_or(first, |f| f.first);
                }
                found.push(Found { first, end, kind: EntityKind::Date, subtype: "relative", value });
                i = end;
                continue;
            }
            // "الأسبوع المقبل", "الشهر الماضي", "العام المقبل".
            // "نهاية العام", "مطلع الشهر": after a part of a period, the current one.
            if matches!(b, "الاسبوع" | "الشهر" | "العام" | "السنه") {
                // (bases and tokens are as long as each other: `get` is the bound check.)
                let dir = match doc.bases.get(i + 1).map(|w| &**w) {
                    Some("المقبل" | "القادم" | "المقبله" | "القادمه") => Some((1i64, 2)),
                    Some("الماضي" | "الماضيه" | "المنصرم" | "الفائت") => Some((-1, 2)),
                    Some("الحالي" | "الجاري") => Some((0, 2)),
                    // (Not one named by an adjective: "العام الدراسي", "الشهر الفضيل".)
                    _ if i > 0
                        && PERIODS.contains(&stem(doc, i - 1))
                        && doc.segs[i - 1].enclitic.is_none()
                        && doc.segs[i].prep.is_none()
                        && !(i + 1 < n
                            && doc.tokens[i + 1].kind == TokenKind::Word
                            && doc.segs[i + 1].article != crate::text::clitics::Article::None) =>
                    {
                        Some((0, 1))
                    }
                    _ => None,
                };
                if let Some((d, len)) = dir {
                    let value = reference.map(|r| match b {
                        "الاسبوع" => r.plus(7 * d).iso_week(),
                        "الشهر" => {
                            let m = r.m as i64 - 1 + d;
                            format!("{:04}-{:02}", r.y as i64 + m.div_euclid(12), m.rem_euclid(12) + 1)
                        }
                        _ => format!("{:04}", r.y as i64 + d),
                    });
                    found.push(Found { first: i, end: i + len, kind: EntityKind::Date, subtype: "relative", value });
                    i += len;
                    continue;
                }
            }
            // Parts of the day: "صباحًا", "مساء".
            if (matches!(
                w,
                "صباحا"
                    | "مساء"
                    | "ظهرا"
                    | "ليلا"
                    | "فجرا"
                    | "عصرا"
                    | "صباح"
                    | "ظهر"
                    | "فجر"
                    | "عصر"
                    | "ليل"
            ) || w == "ليله"
                // "ليلة الخميس", "ليلة أمس": only before the day it belongs to ("ليلة القدر").
                && i + 1 < n
                && (lex.weekdays.contains_key(stem(doc, i + 1)) || relative_day(stem(doc, i + 1)).is_some()))
                && doc.segs[i].article == crate::text::clitics::Article::None
                // "الشيخ صباح خالد الحمد الصباح", "ناصر صباح الأحمد": a name after a form of
                // address or a given name, or before a given name or a family name.
                && !(matches!(w, "صباح" | "فجر")
                    && (i > 0
                        && (matches!(&*doc.bases[i - 1], "الشيخ" | "الشيخه" | "سمو" | "الامير")
                            || !doc.segs[i - 1].is_split() && lex.given_names.contains(&*doc.bases[i - 1]))
                        || i + 1 < n
                            && !doc.segs[i + 1].is_split()
                            && (lex.given_names.contains(&*doc.bases[i + 1])
                                || matches!(&*doc.bases[i + 1], "الاحمد" | "الصباح" | "السالم" | "الجابر"))))
            {
                found.push(Found { first: i, end: i + 1, kind: EntityKind::Date, subtype: "time", value: None });
                i += 1;
                continue;
            }
            // A weekday with the article: "الجمعة", "يوم الخميس", "مساء الخميس".
            if b.starts_with("ال") && lex.weekdays.contains_key(w) {
                let mut first = if i > 0 && stem(doc, i - 1) == "يوم" { i - 1 } else { i };
                if found.last().is_some_and(|f| f.subtype == "time" && f.end == i) {
                    first = found.pop().map_or(first, |f| f.first);
                }
                // A day of a plan ("من المقرر أن يتوجه … يوم الاثنين", "سيلتقي … الاثنين المقبل")
                // is the next such day after the dateline.
                let next = i + 1 < n && matches!(&*doc.bases[i + 1], "المقبل" | "القادم" | "المقبله" | "القادمه");
                // "الخميس الماضي" on a Thursday is a week before, not the day itself.
                let last = i + 1 < n && matches!(&*doc.bases[i + 1], "الماضي" | "الماضيه" | "المنصرم" | "الفائت");
                let planned = next
                    || !last
                        && ((first.saturating_sub(10)..first)
                            .rev()
                            .take_while(|&k| !matches!(doc.light(k), "." | "!" | "?" | ";"))
                            .any(|k| {
                                doc.segs[k].fut
                                    || future_whole(doc, k)
                                    || crate::events::PLAN_WORDS
                                        .contains(&crate::lexicon::titles::strip_article(&doc.bases[k]))
                                    // "الذي يصل إلى المنامة فجر الأربعاء": a relative clause's
                                    // imperfect verb of an event.
                                    || k > 0
                                        && matches!(&*doc.bases[k - 1], "الذي" | "التي")
                                        && doc.segs[k].article == crate::text::clitics::Article::None
                                        && doc.bases[k].starts_with(['ي', 'ت'])
                                        && lex.events.find(&doc.bases[k]).is_some()
                            })
                            || opens_with_imperfect(doc, first));
                let value = reference.map(|r| {
                    let want = lex.weekdays[w] as i64;
                    if planned {
                        let ahead = (want - r.weekday() as i64).rem_euclid(7);
                        return r.plus(if ahead == 0 { 7 } else { ahead }).iso();
                    }
                    // The nearest such day at or before the dateline: news reports the past.
                    let back = (r.weekday() as i64 - want).rem_euclid(7);
                    r.plus(-(if back == 0 && last { 7 } else { back })).iso()
                });
                // The word placing it belongs to the date ("الثلاثاء المقبل").
                let end = if next || last { i + 2 } else { i + 1 };
                found.push(Found { first, end, kind: EntityKind::Date, subtype: "weekday", value });
                i = end;
                continue;
            }
        }
        // A number followed by a duration unit: not a number's label ("المرسوم رقم 218 لعام
        // 2025"), nor a unit with لـ ("لعام 2025" is "of the year").
        let numbered = i > 0 && matches!(stem(doc, i - 1), "رقم" | "برقم");
        if kind == TokenKind::Number && i + 1 < n && !numbered && doc.segs[i + 1].prep.is_none() {
            if let (Some(v), Some((unit, time, _))) = (number(doc.light(i)), duration_unit(stem(doc, i + 1))) {
                found.push(duration(i, i + 2, v, unit, time));
                i += 2;
                continue;
            }
        }
        i += 1;
    }
    for mut f in found {
        // "نهاية الشهر الجاري", "مطلع العام المقبل": the part of the time belongs to it.
        if f.kind == EntityKind::Date
            && f.subtype != "duration"
            && f.first > 0
            && PERIODS.contains(&stem(doc, f.first - 1))
            && doc.segs[f.first - 1].enclitic.is_none()
        {
            f.first -= 1;
        }
        let span = doc.tokens_span(f.first..f.end);
        let start = doc.stem_start(f.first);
        let span = crate::span::Span::new(start.min(span.e()), span.e());
        doc.mentions.push(MentionInfo {
            span,
            tokens: f.first..f.end,
            kind: f.kind,
            form: MentionForm::Name,
            key: doc.bases[f.first..f.end].join(" "),
            source: Source::Pattern,
            value: f.value,
            subtype: Some(f.subtype.to_string()),
            anchored: false,
        });
    }
}

/// A duration of `v` units from token `first` to `end`.
fn duration(first: usize, end: usize, v: f64, unit: &str, time: bool) -> Found {
    Found { first, end, kind: EntityKind::Date, subtype: "duration", value: Some(iso_duration(v, unit, time)) }
}

/// Parts of a period before its name ("نهاية الشهر", "مطلع العام المقبل"), folded.
const PERIODS: &[&str] = &["نهايه", "بدايه", "مطلع", "اواخر", "اوائل", "منتصف", "اواسط"];

/// Whether token `k` is a verb with the future's س the clitic splitter left on it
/// ("ستستأنف"): س and an imperfect prefix on a word of five letters or more after it that
/// does not end like a noun ("سيارات").
fn future_whole(doc: &Document, k: usize) -> bool {
    let w = &*doc.bases[k];
    // Not a foreign name spelled with "ست" ("ستيرنبرغ", "ستوكهولم", "ستالين"): a verb's second
    // letter is its root's.
    w.strip_prefix('س').is_some_and(|rest| {
        let second = rest.chars().nth(1);
        rest.starts_with(['ي', 'ت'])
            && rest.chars().count() >= 5
            && !matches!(second, Some('ي' | 'و' | 'ا'))
            && !rest.ends_with(['ه', 'ة'])
            && !rest.ends_with("ات")
    })
}

/// Whether the body sentence holding token `t` opens with an event verb in the imperfect
/// after و ("ويغادر الرئيس مسقط يوم الخميس"): news tells what is to come so.
fn opens_with_imperfect(doc: &Document, t: usize) -> bool {
    let Some(s) = doc.sentence_of(t).map(|k| &doc.sentences[k]) else { return false };
    if s.kind != crate::output::SentenceKind::Body {
        return false;
    }
    let Some(k) = s.tokens.clone().find(|&k| doc.tokens[k].kind == TokenKind::Word) else { return false };
    let lex = crate::lexicon::lexicon();
    doc.segs[k].conj == Some('و')
        && doc.bases[k].starts_with(['ي', 'ت'])
        && lex.events.at(doc, k).is_some_and(|(e, _)| lex.events.entry(e).pos == crate::lexicon::triggers::Pos::Verb)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Entity;
    use crate::Analyzer;

    fn dates(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let r = Analyzer::default().analyze(text).unwrap();
        r.entities
            .iter()
            .filter(|e| matches!(e.kind, EntityKind::Date | EntityKind::Money | EntityKind::Percent))
            .flat_map(|e: &Entity| e.mentions.iter().map(move |m| (m.text.clone(), e.value.clone(), e.subtype.clone())))
            .collect()
    }

    #[test]
    fn civil_dates() {
        let d = Date::new(2025, 8, 7).unwrap();
        assert_eq!(d.weekday(), 4, "a Thursday");
        assert_eq!(d.plus(-1).iso(), "2025-08-06");
        assert_eq!(Date::new(2024, 3, 1).unwrap().plus(-1).iso(), "2024-02-29");
        assert_eq!(Date::from_days(Date::new(1999, 12, 31).unwrap().days()).iso(), "1999-12-31");
        assert!(Date::new(2025, 2, 29).is_none());
        assert_eq!(d.iso_week(), "2025-W32");
        assert_eq!(Date::new(2021, 1, 3).unwrap().iso_week(), "2020-W53");
        assert_eq!(parse_numeric_date("07/08/2025").unwrap().iso(), "2025-08-07");
        assert_eq!(parse_numeric_date("2025-08-07").unwrap().iso(), "2025-08-07");
        assert!(parse_numeric_date("33/13/2025").is_none());
    }

    #[test]
    fn parts_of_a_period_the_same_day_and_compound_durations() {
        let got = dates("خميس 07/08/2025: خبر\nوصل الوفد يوم الأربعاء، وغادر في اليوم نفسه، ويعود في نهاية يونيو أو مطلع العام المقبل.");
        let v: Vec<(&str, Option<&str>)> = got.iter().map(|(t, v, _)| (t.as_str(), v.as_deref())).collect();
        assert!(v.contains(&("اليوم نفسه", Some("2025-08-06"))), "the day last told: {v:?}");
        assert!(v.contains(&("نهاية يونيو", Some("2025-06"))), "{v:?}");
        assert!(v.contains(&("مطلع العام المقبل", Some("2026"))), "{v:?}");
        let got = dates("خميس 07/12/2025: خبر\nوقال إن المهلة ستنتهي نهاية فبراير.");
        let v: Vec<(&str, Option<&str>)> = got.iter().map(|(t, v, _)| (t.as_str(), v.as_deref())).collect();
        assert!(v.contains(&("نهاية فبراير", Some("2026-02"))), "the nearest February: {v:?}");
        let got = dates("خبر\nوقع العقد لمدة خمسة وعشرين عاما، وبحثا يوما كاملا.");
        let v: Vec<(&str, Option<&str>)> = got.iter().map(|(t, v, _)| (t.as_str(), v.as_deref())).collect();
        assert!(v.contains(&("خمسة وعشرين عاما", Some("P25Y"))), "{v:?}");
        assert!(v.contains(&("يوما كاملا", Some("P1D"))), "{v:?}");
        // Cut off at the end of the text.
        for t in ["خمسة وعشرين", "خمسة و", "نهاية", "اليوم نفسه", "في نهاية يونيو"]
        {
            let _ = dates(t);
        }
    }

    #[test]
    fn dates_resolve_against_the_dateline() {
        let got = dates("خميس 07/08/2025: خبر\nوصل الوفد أمس وسيغادر الأسبوع المقبل، بعد زيارة في 10 أبريل 2018 وفي كانون الثاني/يناير 2026 وجانفي 2026.");
        let v: Vec<(&str, Option<&str>)> = got.iter().map(|(t, v, _)| (t.as_str(), v.as_deref())).collect();
        assert!(v.contains(&("أمس", Some("2025-08-06"))), "{v:?}");
        assert!(v.contains(&("الأسبوع المقبل", Some("2025-W33"))), "{v:?}");
        assert!(v.contains(&("10 أبريل 2018", Some("2018-04-10"))), "{v:?}");
        assert!(v.contains(&("كانون الثاني/يناير 2026", Some("2026-01"))), "{v:?}");
        assert!(v.contains(&("جانفي 2026", Some("2026-01"))), "{v:?}");
    }

    #[test]
    fn months_placed_by_the_dateline_years_parts_of_days_and_national_currencies() {
        let got = dates(
            "عمّان - 3 ديسمبر 2026 - قال الوزير إن العجز بلغ 500 مليون دينار أردني في أكتوبر الماضي، \
             وإن الحكومة ستصرف مليون جنيه في 15 ديسمبر الجاري. وسيعقد المجلس جلسة مساء الخميس. \
             وكان العجز 20 مليار دينار عراقي عام 2025، وسيتراجع في مارس المقبل. وبلغت الخسائر 10 آلاف ليرة لبنانية.",
        );
        let v: Vec<(&str, Option<&str>)> = got.iter().map(|(t, v, _)| (t.as_str(), v.as_deref())).collect();
        for want in [
            ("500 مليون دينار أردني", Some("500000000 JOD")),
            ("أكتوبر الماضي", Some("2026-10")),
            ("مليون جنيه", Some("1000000 EGP")),
            ("15 ديسمبر الجاري", Some("2026-12-15")),
            ("مساء الخميس", Some("2026-12-10")),
            ("20 مليار دينار عراقي", Some("20000000000 IQD")),
            ("عام 2025", Some("2025")),
            ("مارس المقبل", Some("2027-03")),
            ("10 آلاف ليرة لبنانية", Some("10000 LBP")),
        ] {
            assert!(v.contains(&want), "{want:?} in {v:?}");
        }
        // Millions of dollars are no amount.
        assert!(dates("وخسرت الشركة ملايين الدولارات.").is_empty());
    }

    #[test]
    fn a_bare_shared_currency_is_the_article_s_country_s() {
        let v = |t: &str| dates(t).into_iter().filter_map(|x| x.1).collect::<Vec<_>>();
        let got = v("عمّان - 3 ديسمبر 2026 - أعلنت الحكومة الأردنية أن العجز بلغ 500 مليون دينار هذا العام.");
        assert!(got.contains(&"500000000 JOD".to_string()), "{got:?}");
        let got = v("أعلنت تونس ميزانية بقيمة 60 مليار دينار، منها 2 مليار دينار كويتي من القروض.");
        assert!(got.contains(&"60000000000 TND".to_string()), "{got:?}");
        assert!(got.contains(&"2000000000 KWD".to_string()), "an adjective already chose: {got:?}");
        let got = v("أعلنت الكويت أن الفائض بلغ 3 مليارات دينار.");
        assert!(got.contains(&"3000000000 KWD".to_string()), "{got:?}");
    }

    #[test]
    fn the_dateline_forms_of_news_agencies() {
        for (line, day) in [
            ("رام الله - الأحد 6 ديسمبر 2026 -", "2026-12-06"),
            ("القاهرة في 6 ديسمبر 2026 -", "2026-12-06"),
            ("الرياض 25 نوفمبر 2026 (واس) -", "2026-11-25"),
            ("بيروت - الخميس 3/12/2026 -", "2026-12-03"),
            ("عمّان 2 كانون الأول 2026 (بترا) -", "2026-12-02"),
            ("رام الله 22-9-2025 وفا-", "2025-09-22"),
        ] {
            let r =
                Analyzer::default().analyze(&format!("عنوان الخبر\n\n{line} قال الوزير أمس إن الوضع صعب.")).unwrap();
            let d = r.document.dateline.as_ref().expect(line);
            assert_eq!((d.text.as_str(), d.value.as_deref()), (line, Some(day)));
        }
        // A line of a date and a time alone.
        let r =
            Analyzer::default().analyze("عنوان الخبر\n\nالأحد 19-10-2025 14:35\nقال الوزير أمس إن الوضع صعب.").unwrap();
        assert_eq!(r.document.dateline.as_ref().and_then(|d| d.value.as_deref()), Some("2025-10-19"));
        // The place a dateline opens with is a city, and a place, whatever else it can be.
        let r = Analyzer::default()
            .analyze("عنوان الخبر\n\nعمّان 2 كانون الأول 2026 (بترا) - قال الوزير إن الوضع صعب.")
            .unwrap();
        assert_eq!(r.entities.iter().find(|e| e.name == "عمّان").and_then(|e| e.latin.as_deref()), Some("Amman"));
    }

    #[test]
    fn a_date_without_its_year_is_placed_by_the_dateline_or_the_reference_date() {
        let got = dates("عنوان\n\nالقاهرة - 6 ديسمبر 2026 - أعلن الوزير أن المؤتمر سيعقد يوم 20 ديسمبر، والاجتماع التالي في 3 يناير.");
        let v: Vec<(&str, Option<&str>)> = got.iter().map(|(t, v, _)| (t.as_str(), v.as_deref())).collect();
        assert!(v.contains(&("20 ديسمبر", Some("2026-12-20"))), "{v:?}");
        assert!(v.contains(&("3 يناير", Some("2027-01-03"))), "the nearest year: {v:?}");
        let opts = crate::Options { reference_date: Some("2026-12-05".into()), ..Default::default() };
        for text in [
            "عنوان\n\nنيويورك، 3 ديسمبر (أ ف ب) - قال الأمين العام أمس إن الوضع خطير.",
            "عنوان\n\nبيروت (رويترز) - قال الوزير أمس إن الوضع خطير.",
        ] {
            let r = Analyzer::new(opts.clone()).unwrap().analyze(text).unwrap();
            assert!(r.document.dateline.is_some(), "{text}");
            let amss = r.entities.iter().find(|e| e.name == "أمس").and_then(|e| e.value.clone());
            let want = if text.contains("3 ديسمبر") { "2026-12-02" } else { "2026-12-04" };
            assert_eq!(amss.as_deref(), Some(want), "{text}");
            assert!(r.entities.iter().any(|e| e.kind == EntityKind::Location), "the dateline's city: {text}");
        }
    }

    #[test]
    fn weekdays_last_next_and_planned() {
        let got = dates(
            "عنوان\n\nالقاهرة - 3 ديسمبر 2026 - قال الوزير إن الاجتماع عقد الخميس الماضي، ومن المنتظر أن يغادر الوفد السبت، وسيعود الثلاثاء المقبل.",
        );
        let v: Vec<(&str, Option<&str>)> = got.iter().map(|(t, v, _)| (t.as_str(), v.as_deref())).collect();
        assert!(v.contains(&("الخميس الماضي", Some("2026-11-26"))), "a week before, on a Thursday: {v:?}");
        assert!(v.contains(&("السبت", Some("2026-12-05"))), "a plan is ahead: {v:?}");
        assert!(v.contains(&("الثلاثاء المقبل", Some("2026-12-08"))), "{v:?}");
        // A verb with the future's س left on it, and a body sentence opening with an
        // imperfect verb, tell of days ahead.
        let got = dates(
            "عنوان\n\nالقاهرة - 3 ديسمبر 2026 - قال رئيس المجلس إن الجلسة ستستأنف يوم الأحد.\nويغادر الرئيس القاهرة يوم الاثنين.",
        );
        let v: Vec<(&str, Option<&str>)> = got.iter().map(|(t, v, _)| (t.as_str(), v.as_deref())).collect();
        assert!(v.contains(&("يوم الأحد", Some("2026-12-06"))), "{v:?}");
        assert!(v.contains(&("يوم الاثنين", Some("2026-12-07"))), "{v:?}");
        // A foreign name spelled with "ست" is no future verb.
        let got = dates("عنوان\n\nالقاهرة - 3 ديسمبر 2026 - بحث المبعوث يوهان ستيرنبرغ في مسقط يوم السبت الملف.");
        let v: Vec<(&str, Option<&str>)> = got.iter().map(|(t, v, _)| (t.as_str(), v.as_deref())).collect();
        assert!(v.contains(&("يوم السبت", Some("2026-11-28"))), "{v:?}");
    }

    #[test]
    fn parts_of_days_long_durations_and_the_shekel() {
        let got = dates(
            "عنوان\n\nالقاهرة - 3 ديسمبر 2026 - قال الوزير مساء أمس إن الحرب مستمرة منذ 15 عامًا، وإن المفاوضات ستستمر 18 شهراً بكلفة 60 مليون شيقل.",
        );
        let v: Vec<(&str, Option<&str>)> = got.iter().map(|(t, v, _)| (t.as_str(), v.as_deref())).collect();
        for want in [
            ("مساء أمس", Some("2026-12-02")),
            ("15 عامًا", Some("P15Y")),
            ("18 شهراً", Some("P18M")),
            ("60 مليون شيقل", Some("60000000 ILS")),
        ] {
            assert!(v.contains(&want), "{want:?} in {v:?}");
        }
    }

    #[test]
    fn ordinal_days_and_datelines_of_an_agency_alone() {
        let got = dates(
            "عنوان\n\nالقاهرة - 3 ديسمبر 2026 - قال الوزير إن الاتفاق وقع في العاشر من أكتوبر الماضي، بعد محادثات بدأت في الثاني من يوليو/تموز 2025.",
        );
        let v: Vec<(&str, Option<&str>)> = got.iter().map(|(t, v, _)| (t.as_str(), v.as_deref())).collect();
        assert!(v.contains(&("العاشر من أكتوبر الماضي", Some("2026-10-10"))), "{v:?}");
        assert!(v.contains(&("الثاني من يوليو/تموز 2025", Some("2025-07-02"))), "{v:?}");
        let opts = crate::Options { reference_date: Some("2026-12-05".into()), ..Default::default() };
        for line in ["أنقرة / الأناضول -", "بغداد - رويترز -"] {
            let r = Analyzer::new(opts.clone())
                .unwrap()
                .analyze(&format!("عنوان الخبر\n\n{line} قال الوزير أمس إن الوضع صعب."))
                .unwrap();
            assert_eq!(r.document.dateline.as_ref().map(|d| d.text.as_str()), Some(line));
        }
    }

    #[test]
    fn last_night_and_the_night_of_a_day() {
        let opts = crate::Options { reference_date: Some("2026-12-05".into()), ..Default::default() };
        let r = Analyzer::new(opts)
            .unwrap()
            .analyze("عنوان\n\nتلقى الوزير الليلة الماضية اتصالا. وقال ليلة الخميس إن الوضع صعب في ليلة القدر.")
            .unwrap();
        let v: Vec<(&str, Option<&str>)> = r
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Date)
            .flat_map(|e| e.mentions.iter().map(move |m| (m.text.as_str(), e.value.as_deref())))
            .collect();
        assert!(v.contains(&("الليلة الماضية", Some("2026-12-04"))), "{v:?}");
        assert!(v.iter().any(|(t, _)| *t == "ليلة الخميس"), "{v:?}");
        assert!(!v.iter().any(|(t, _)| t.contains("القدر")), "{v:?}");
    }

    #[test]
    fn numbers_of_decrees_and_one_of_are_no_times() {
        let got = dates("عنوان\n\nوصدر المرسوم رقم 218 لعام 2025، والتقى الوزير صباح اليوم بأحد فنادق العاصمة الوفد.");
        let v: Vec<(&str, Option<&str>)> = got.iter().map(|(t, v, _)| (t.as_str(), v.as_deref())).collect();
        assert!(!v.iter().any(|(_, x)| x.is_some_and(|x| x.starts_with('P'))), "no duration: {v:?}");
        assert!(v.iter().any(|(t, _)| *t == "صباح اليوم"), "{v:?}");
    }

    #[test]
    fn datelines_on_a_line_of_their_own_and_saudi_hijri_ones() {
        let opts = crate::Options { reference_date: Some("2026-12-05".into()), ..Default::default() };
        for line in ["دمشق-سانا", "بغداد - واع", "بيروت - «النهار»", "فيينا/ الأناضول", "السومرية نيوز/ بغداد"]
        {
            let r = Analyzer::new(opts.clone())
                .unwrap()
                .analyze(&format!("عنوان الخبر\n\n{line}\n\nقال الوزير أمس إن الوضع صعب."))
                .unwrap();
            assert_eq!(r.document.dateline.as_ref().map(|d| d.text.as_str()), Some(line));
            let amss = r.entities.iter().find(|e| e.name == "أمس").and_then(|e| e.value.clone());
            assert_eq!(amss.as_deref(), Some("2026-12-04"), "{line}");
        }
        // A short line that names no place is a heading.
        let r = Analyzer::new(opts.clone())
            .unwrap()
            .analyze("عنوان الخبر\n\nالاقتصاد العالمي - تقرير\n\nقال الوزير إن الوضع صعب.")
            .unwrap();
        assert!(r.document.dateline.is_none());
        let r = Analyzer::default()
            .analyze("عنوان الخبر\n\nالرياض 18 جمادى الآخرة 1447 هـ الموافق 09 ديسمبر 2025 م واس\n\nقال الوزير أمس إن الوضع صعب.")
            .unwrap();
        assert_eq!(r.document.dateline.as_ref().and_then(|d| d.value.as_deref()), Some("2025-12-09"));
        let amss = r.entities.iter().find(|e| e.name == "أمس").and_then(|e| e.value.clone());
        assert_eq!(amss.as_deref(), Some("2025-12-08"));
    }

    #[test]
    fn a_dateline_after_its_place_and_the_day_of_a_plan() {
        // 7 March 2026 is a Saturday.
        let got = dates("عنوان الخبر\n\nتونس - 7 مارس 2026 - وصل الوفد يوم الخميس، ومن المقرر أن يغادر يوم الاثنين.");
        let v: Vec<(&str, Option<&str>)> = got.iter().map(|(t, v, _)| (t.as_str(), v.as_deref())).collect();
        assert!(v.contains(&("يوم الخميس", Some("2026-03-05"))), "a past day: {v:?}");
        assert!(v.contains(&("يوم الاثنين", Some("2026-03-09"))), "a planned day is ahead: {v:?}");
    }

    #[test]
    fn durations_money_percentages() {
        let got = dates("استغرق اللقاء ثلاث ساعات في زيارة تستغرق يومين بقيمة 53 مليار ريال ونمو 2.1% و3,2 بالمائة.");
        let v: Vec<(&str, Option<&str>, Option<&str>)> =
            got.iter().map(|(t, v, s)| (t.as_str(), v.as_deref(), s.as_deref())).collect();
        assert!(v.contains(&("ثلاث ساعات", Some("PT3H"), Some("duration"))), "{v:?}");
        assert!(v.contains(&("يومين", Some("P2D"), Some("duration"))), "{v:?}");
        assert!(v.contains(&("53 مليار ريال", Some("53000000000 SAR"), Some("SAR"))), "{v:?}");
        let got = dates("دفع المشتري 50 جنيها ثمنا للتذكرة.");
        assert!(got.iter().any(|d| d.1.as_deref() == Some("50 EGP")), "{got:?}");
        assert!(v.contains(&("2.1%", Some("2.1%"), Some("percent"))), "{v:?}");
        assert!(v.contains(&("3,2 بالمائة", Some("3.2%"), Some("percent"))), "{v:?}");
    }
}
