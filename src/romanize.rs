//! Romanisation of Arabic-script names, for the `latin` field of people without a gazetteer
//! entry.
//!
//! Each word is looked up first in `data/lexicon/latin_names.tsv`, the spellings English
//! news uses ("بوتين" → "Putin", "الأسد" → "al-Assad", "دميترييف" → "Dmitriev"); a word that
//! is not listed is spelled by rule. Conventions, the same in the table and in the rules:
//!
//! - the article is "al-", lower case, also at the start ("بشار الأسد" → "Bashar al-Assad",
//!   "الأسد" → "al-Assad"); the article of a listed word is kept or dropped as the table says
//!   ("القذافي" → "Gaddafi"). "آل" (house of) is "Al" ("آل سعود" → "Al Saud");
//! - عبد + an article word is one word, "Abdul…": "عبد الرحمن" → "Abdulrahman", "عبد العزيز" →
//!   "Abdulaziz" (also written joined, "عبدالعزيز"); "عبد الله" is "Abdullah";
//! - "X الدين" is "X al-Din" ("نور الدين" → "Nour al-Din"), by the article rule;
//! - "X الله" is joined: "نصر الله" → "Nasrallah";
//! - "بن" is "bin" ("Mohammed bin Salman"), capitalised only when it starts the name.
//!
//! The rules are a reading aid, not a transliteration standard: letters map to the English
//! spellings news agencies use (ش sh, خ kh, ج j, ق q, ع dropped or read "a"), long vowels are
//! read from ا, و and ي, and short vowels are supplied only in Arabic names (foreign names
//! written in Arabic already spell their vowels).

use crate::lexicon::{lexicon, Lexicon};
use crate::text::normalize::{key, light};

fn consonant(c: char) -> Option<&'static str> {
    Some(match c {
        'ب' => "b",
        'ت' | 'ط' => "t",
        'ث' => "th",
        'ج' => "j",
        'ح' | 'ه' => "h",
        'خ' => "kh",
        'د' | 'ض' => "d",
        'ذ' => "dh",
        'ر' => "r",
        'ز' | 'ظ' => "z",
        'س' | 'ص' => "s",
        'ش' => "sh",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ك' => "k",
        'ل' => "l",
        'م' => "m",
        'ن' => "n",
        'پ' => "p",
        'چ' => "ch",
        'ڤ' | 'ڥ' => "v",
        'گ' => "g",
        _ => return None,
    })
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// What a piece of a romanised word is, for supplying short vowels.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Cons,
    /// Written as a letter (ا و ي ى): a long vowel.
    Long,
    /// Anything else: a vowel read from ة, ع or a hamza; a hyphen; a digit.
    Short,
}

/// Whether a letter stands for a consonant in the rules below (و and ي are decided in context).
fn is_consonant_letter(c: char) -> bool {
    consonant(c).is_some()
}

/// Romanises one word by rule. `arabic_name` supplies short vowels between consonants.
fn word(w: &str, arabic_name: bool) -> String {
    let chars: Vec<char> = w.chars().collect();
    let n = chars.len();
    let mut segs: Vec<(&'static str, Kind)> = Vec::with_capacity(n + 4);
    let mut skip = false;
    for (i, &c) in chars.iter().enumerate() {
        if std::mem::take(&mut skip) {
            continue;
        }
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let prev_cons = segs.last().is_some_and(|s| s.1 == Kind::Cons);
        let after_a = segs.last().is_some_and(|s| s.0.ends_with('a'));
        match c {
            'ا' | 'أ' | 'إ' | 'آ' | 'ى' => {
                if i == 0 {
                    segs.push((if c == 'إ' { "i" } else { "a" }, Kind::Long));
                } else if after_a {
                    // "عادل": the ع already gave the "a"; it is now a long one.
                    if let Some(last) = segs.last_mut() {
                        last.1 = Kind::Long;
                    }
                } else {
                    segs.push(("a", Kind::Long));
                }
            }
            'و' => {
                // Before ي it is w after a vowel, and in Arabic names after a consonant too
                // (درويش Darwish; foreign لويس is Luis).
                if i == 0 || next == Some('ا') || next == Some('ي') && (!prev_cons || arabic_name) {
                    segs.push(("w", Kind::Cons));
                } else if prev_cons || prev == Some('ؤ') {
                    // "-ov"/"-of" endings and a final و read o in foreign names (لافروف, موسكو).
                    let o = !arabic_name
                        && (i + 1 == n || i + 2 == n && next.is_some_and(|d| matches!(d, 'ف' | 'ك' | 'ن' | 'ل' | 'ر')));
                    segs.push((if o { "o" } else { "u" }, Kind::Long));
                } else if i + 1 == n && !arabic_name {
                    segs.push(("o", Kind::Long)); // روبيو
                } else {
                    segs.push(("w", Kind::Cons));
                }
            }
            'ي' => {
                if prev == Some('ي') && next.is_some_and(is_consonant_letter) {
                    segs.push(("e", Kind::Long)); // دميترييف → Dmitriev
                } else if matches!(prev, Some('ع' | 'ئ' | 'ء' | 'ؤ')) {
                    segs.push(("i", Kind::Long)); // سعيد Said, رئيس Rais
                } else if i == 1 && prev == Some('إ') && next.is_some() {
                    // إيمان, إيهاب: the hamza's i is the long vowel.
                } else if i == 0 || !prev_cons && next.is_some() {
                    segs.push(("y", Kind::Cons));
                } else {
                    segs.push(("i", Kind::Long));
                }
            }
            'ة' => segs.push(("a", Kind::Short)),
            // A final ه after a consonant is a taa marbuta written without its dots (فاطمه).
            'ه' if arabic_name && i + 1 == n && n >= 3 && prev.is_some_and(is_consonant_letter) => {
                segs.push(("a", Kind::Short))
            }
            'ع' => {
                if i == 0 || prev_cons {
                    segs.push(("a", Kind::Short));
                }
            }
            'ء' => {
                if i == 0 || prev == Some('ا') {
                    segs.push(("a", Kind::Short)); // علاء Alaa, أسماء Asmaa
                }
            }
            'ئ' => {
                if i == 0 || prev_cons {
                    segs.push(("a", Kind::Short)); // رئيسي Raisi
                } else if prev == Some('ا') && next != Some('ي') {
                    segs.push(("i", Kind::Short)); // وائل Wail, فائز Faiz
                }
            }
            'ؤ' => {
                if i == 0 || prev_cons {
                    segs.push(("a", Kind::Short));
                }
            }
            '-' => segs.push(("-", Kind::Short)),
            d if d.is_ascii_digit() => {
                const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
                segs.push((DIGITS[d as usize - '0' as usize], Kind::Short));
            }
            // تش is "ch" in foreign names (تشافيز Chavez, -يتش -ich).
            'ت' if next == Some('ش') && !arabic_name => {
                segs.push(("ch", Kind::Cons));
                skip = true;
            }
            _ => {
                if let Some(s) = consonant(c) {
                    segs.push((s, Kind::Cons));
                }
            }
        }
    }
    // A foreign -ov/-ev ending is written with ف (لافروف, دميترييف).
    if !arabic_name && n >= 5 && chars[n - 1] == 'ف' && matches!(chars[n - 2], 'و' | 'ي') {
        if let Some(last) = segs.last_mut() {
            last.0 = "v";
        }
    }
    let mut out = String::with_capacity(2 * n);
    let len = segs.len();
    let mut i = 0;
    while i < len {
        if segs[i].1 != Kind::Cons {
            out.push_str(segs[i].0);
            i += 1;
            continue;
        }
        // A run of consonants: in an Arabic name, an "a" between some of them.
        let start = i;
        while i < len && segs[i].1 == Kind::Cons {
            i += 1;
        }
        let run = &segs[start..i];
        let at_start = start == 0;
        let at_end = i == len;
        let after_long = start > 0 && segs[start - 1].1 == Kind::Long;
        for (j, s) in run.iter().enumerate() {
            out.push_str(s.0);
            let pos = j + 1; // 1-based position in the run
            if !arabic_name || pos == run.len() {
                continue;
            }
            if after_long && at_end && run.len() == 2 {
                out.push('e'); // خالد Khaled, ماجد Majed, يوسف Yusef
            } else if at_start && pos % 2 == 1 || !at_start && pos % 2 == 0 {
                out.push('a'); // محمود Mahmud, أحمد Ahmad, فهد Fahd
            }
        }
    }
    out
}

/// The word after the article, if the word has one ("الأسد" → "أسد"): at least two letters.
fn article_rest(w: &str) -> Option<&str> {
    w.strip_prefix("ال").filter(|r| r.chars().count() >= 2)
}

/// A word without its article, as the table or the rules spell it.
fn bare(lex: &Lexicon, w: &str, arabic: bool) -> String {
    match lex.latin_name(w) {
        Some(l) => l.strip_prefix("al-").unwrap_or(l).to_string(),
        None => capitalise(&word(w, arabic)),
    }
}

/// "عبد" + an article word, as one word: "Abdulrahman".
fn abdul(lex: &Lexicon, rest: &str, arabic: bool) -> String {
    if let Some(l) = lex.latin_name(&format!("عبد ال{rest}")) {
        return l.to_string();
    }
    format!("Abdul{}", bare(lex, rest, arabic).to_ascii_lowercase().replace(' ', ""))
}

/// A listed word, or a listed word behind the article ("الكرمان" → "al-Karman").
fn listed(lex: &Lexicon, w: &str) -> Option<String> {
    if let Some(l) = lex.latin_name(w) {
        return Some(l.to_string());
    }
    if let Some(rest) = article_rest(w) {
        return lex.latin_name(rest).map(|l| format!("al-{}", l.strip_prefix("al-").unwrap_or(l)));
    }
    None
}

/// A listed word behind a one-letter proclitic that tokenisation left on it ("وبوتين" →
/// "Putin", "للأسد" → "al-Assad"); the proclitic is not part of the name.
fn proclitic(lex: &Lexicon, w: &str) -> Option<String> {
    if let Some(rest) = w.strip_prefix("لل").filter(|r| r.chars().count() >= 3) {
        return listed(lex, &format!("ال{rest}"));
    }
    let rest = w.strip_prefix(['و', 'ف', 'ب', 'ل'])?;
    // A short remainder is more likely part of the name (بنور is not ب + نور).
    (rest.chars().count() >= 4).then(|| listed(lex, rest)).flatten()
}

/// One word of a name: the table, then the rules.
fn one_word(lex: &Lexicon, w: &str, arabic: bool) -> String {
    if w == "آل" {
        return "Al".to_string();
    }
    if let Some(l) = listed(lex, w) {
        return l;
    }
    if let Some(rest) = w.strip_prefix("عبد").and_then(article_rest) {
        return abdul(lex, rest, arabic);
    }
    if let Some(l) = proclitic(lex, w) {
        return l;
    }
    match article_rest(w) {
        Some(rest) => format!("al-{}", bare(lex, rest, true)),
        None => capitalise(&word(w, arabic)),
    }
}

/// Whether a word marks the name as Arabic, so that the rules supply short vowels.
fn arabic_word(lex: &Lexicon, w: &str) -> bool {
    let k = key(w);
    lex.arabic_given_names.contains(&k)
        || lex.family_names.contains(&k)
        || k.starts_with("ال")
        || matches!(k.as_str(), "عبد" | "ابو" | "بن" | "ابن" | "بنت")
}

/// Romanises a name written in Arabic script: "فلاديمير بوتين" → "Vladimir Putin", "بشار الأسد"
/// → "Bashar al-Assad", "عبد الرحمن" → "Abdulrahman"; words in Latin script are kept.
pub fn romanize(name: &str) -> String {
    let lex = lexicon();
    let words: Vec<String> = name.split_whitespace().map(light).collect();
    let arabic = words.iter().any(|w| arabic_word(lex, w));
    let mut parts: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_str();
        if w.is_ascii() {
            parts.push(w.to_string());
            i += 1;
            continue;
        }
        if let Some(next) = words.get(i + 1).map(String::as_str) {
            if let Some(l) = lex.latin_name(&format!("{w} {next}")) {
                parts.push(l.to_string());
                i += 2;
                continue;
            }
            if w == "عبد" {
                if let Some(rest) = article_rest(next) {
                    parts.push(abdul(lex, rest, arabic));
                    i += 2;
                    continue;
                }
            }
            if key(next) == "الله" && !w.starts_with("ال") {
                let first = one_word(lex, w, arabic);
                let joint = if first.ends_with('a') { "llah" } else { "allah" };
                parts.push(format!("{first}{joint}"));
                i += 2;
                continue;
            }
        }
        parts.push(one_word(lex, w, arabic));
        i += 1;
    }
    if let Some(first) = parts.first_mut() {
        if matches!(first.as_str(), "bin" | "bint" | "ibn") {
            *first = capitalise(first);
        }
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_names_take_the_news_spelling() {
        assert_eq!(romanize("ويتكوف"), "Witkoff");
        assert_eq!(romanize("بوتين"), "Putin");
        assert_eq!(romanize("فلاديمير بوتين"), "Vladimir Putin");
        assert_eq!(romanize("كيريل دميترييف"), "Kirill Dmitriev");
        assert_eq!(romanize("كيريل ديمترييف"), "Kirill Dmitriev");
        assert_eq!(romanize("دونالد ترمب"), "Donald Trump");
        assert_eq!(romanize("أحمد السيد"), "Ahmed al-Sayed");
        assert_eq!(romanize("احمد السيّد"), "Ahmed al-Sayed", "hamza and shadda do not matter");
        assert_eq!(romanize("يوسف سليمان"), "Youssef Suleiman");
        assert_eq!(romanize("John"), "John");
        assert_eq!(romanize("جون Smith"), "John Smith");
    }

    #[test]
    fn sport_and_turkish_names_take_the_news_spelling() {
        assert_eq!(romanize("كارلو أنشيلوتي"), "Carlo Ancelotti");
        assert!(romanize("خورخي فالدانو").starts_with("Jorge "));
        assert_eq!(romanize("أحمد يلماز"), "Ahmed Yilmaz");
        assert_eq!(romanize("مراد شاهين"), "Murad Sahin");
    }

    #[test]
    fn the_article_is_lower_case_al() {
        assert_eq!(romanize("بشار الأسد"), "Bashar al-Assad");
        assert_eq!(romanize("الأسد"), "al-Assad");
        assert_eq!(romanize("محمد العيسى"), "Mohammed al-Issa");
        // Listed without the article: the article is added back.
        assert_eq!(romanize("حسن الكرمان"), "Hassan al-Karman");
        // Not listed at all: the rules, still with "al-".
        assert_eq!(romanize("سامي الشرنوبي"), "Sami al-Sharnubi");
        // Names English news gives without it.
        assert_eq!(romanize("معمر القذافي"), "Muammar Gaddafi");
        assert_eq!(romanize("تميم بن حمد آل ثاني"), "Tamim bin Hamad Al Thani");
        assert_eq!(romanize("نور الدين"), "Nour al-Din");
        assert_eq!(romanize("صلاح الدين"), "Salah al-Din");
    }

    #[test]
    fn abd_compounds_are_one_word() {
        assert_eq!(romanize("عبد الله"), "Abdullah");
        assert_eq!(romanize("عبدالله"), "Abdullah");
        assert_eq!(romanize("عبد الرحمن"), "Abdulrahman");
        assert_eq!(romanize("عبدالعزيز"), "Abdulaziz");
        assert_eq!(romanize("محمد بن عبد العزيز"), "Mohammed bin Abdulaziz");
        assert_eq!(romanize("عبد الملك الحوثي"), "Abdulmalik al-Houthi");
        // Not listed as a compound: built the same way from the listed name.
        assert_eq!(romanize("عبد الجواد"), "Abduljawad");
        assert_eq!(romanize("عبد ربه"), "Abd Rabbo");
        assert_eq!(romanize("حسن نصر الله"), "Hassan Nasrallah");
        assert_eq!(romanize("بن سلمان"), "Bin Salman");
        assert_eq!(romanize("آل سعود"), "Al Saud");
    }

    #[test]
    fn a_proclitic_left_on_a_listed_name_is_dropped() {
        assert_eq!(romanize("وبوتين"), "Putin");
        assert_eq!(romanize("للأسد"), "al-Assad");
        assert_eq!(romanize("بالقذافي"), "Gaddafi");
        assert_eq!(romanize("ولافروف"), "Lavrov");
        // But a short remainder belongs to the name.
        assert_ne!(romanize("بنور"), "Nour");
    }

    /// Common names left out of the table because the rules spell them as news does.
    #[test]
    fn rules_spell_common_unlisted_names() {
        for (ar, latin) in [
            ("علي", "Ali"),
            ("إبراهيم", "Ibrahim"),
            ("إسماعيل", "Ismail"),
            ("سامي", "Sami"),
            ("هاني", "Hani"),
            ("عدنان", "Adnan"),
            ("أمين", "Amin"),
            ("إيمان", "Iman"),
            ("نادية", "Nadia"),
            ("السيسي", "al-Sisi"),
            ("البشير", "al-Bashir"),
            ("القحطاني", "al-Qahtani"),
            ("باراك", "Barak"),
            ("كيم", "Kim"),
            ("ميخائيل", "Mikhail"),
        ] {
            assert!(lexicon().latin_name(ar).is_none(), "{ar} is listed: move it to the listed tests");
            assert_eq!(romanize(ar), latin, "{ar}");
        }
        assert_eq!(romanize("عبد الفتاح السيسي"), "Abdulfattah al-Sisi");
        assert_eq!(romanize("علي إبراهيم"), "Ali Ibrahim");
    }

    #[test]
    fn unlisted_names_fall_back_to_the_rules() {
        // Made-up names, not in the table.
        assert_eq!(romanize("زورتيلوف"), "Zurtilov");
        assert_eq!(romanize("بافلييف"), "Bafliev");
        assert_eq!(romanize("ستيفانوفيتش"), "Stifanufich");
        assert_eq!(romanize("كرامبيو"), "Krambio");
        assert_eq!(romanize("أحمد فرحاني"), "Ahmed Farhani");
        assert_eq!(romanize("أحمد شلدان"), "Ahmed Shaldan");
        assert_eq!(romanize("أحمد جاسل"), "Ahmed Jasel");
        assert_eq!(romanize("أحمد مرزوقه"), "Ahmed Marzuqa");
        assert_eq!(romanize("أحمد نصراوي"), "Ahmed Nasrawi");
        assert_eq!(romanize("محمود درويش"), "Mahmoud Darwish");
    }
}
