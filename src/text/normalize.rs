//! Normalisation for matching, with a map back to the original text.
//!
//! Reads: the text the user gave. Adds: [`Normalized`], two equally long copies of it —
//! `text`, the *light* form (diacritics, tatweel, zero-width and directional marks dropped;
//! presentation forms decomposed; Persian/Urdu letters, Arabic-Indic digits, Arabic
//! punctuation, quotes, dashes and odd spaces mapped to their plain forms) and `folded`, the
//! *matching* form (the light form with أ/إ/آ/ٱ → ا, ى → ي, ة → ه, Latin lower-cased) — and a
//! byte map from both back into the original.
//!
//! The light form keeps the letters clitic segmentation must see (ة is never a pronoun,
//! أل is never the article); the folded form is what lexicons and gazetteers are keyed on.
//! Folding preserves byte length (every folded pair is two bytes, or one for ASCII), so one
//! map serves both.

use crate::text::presentation::PRESENTATION_FORMS;

/// What light normalisation does with one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// Kept as it is.
    Keep,
    /// Removed (diacritics, tatweel, zero-width and bidi marks).
    Drop,
    /// Replaced by one character.
    Char(char),
    /// Replaced by several characters (presentation-form ligatures, the ellipsis).
    Str(&'static str),
}

/// Arabic harakat, tanween, shadda, sukun, Quranic annotation marks and superscript alef.
#[inline]
pub fn is_diacritic(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' |
        '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}' | '\u{06E8}' |
        '\u{06EA}'..='\u{06ED}' | '\u{08D3}'..='\u{08E1}' | '\u{08E3}'..='\u{08FF}')
}

/// Light normalisation of one character.
#[inline]
pub fn fold(c: char) -> Fold {
    use Fold::*;
    match c {
        // ASCII: only control characters change.
        '\t' | '\n' | '\r' | ' '..='~' => Keep,
        '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{7F}' => Char(' '),
        '\u{80}'..='\u{9F}' => Char(' '),
        // Marks that carry no letters.
        '\u{0640}' => Drop, // tatweel
        c if is_diacritic(c) => Drop,
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{061C}'
        | '\u{00AD}'
        | '\u{034F}'
        | '\u{FE00}'..='\u{FE0F}' => Drop,
        // Spaces and line breaks.
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Char(' '),
        '\u{2028}' | '\u{2029}' => Char('\n'),
        // Letters Arabic-script sites borrow from Persian and Urdu.
        '\u{06CC}' | '\u{06D0}' | '\u{06CD}' => Char('\u{064A}'), // ی ې ۍ → ي
        '\u{06A9}' | '\u{06AA}' => Char('\u{0643}'),              // ک ڪ → ك
        '\u{06C0}' => Char('\u{0647}'),                           // ۀ → ه
        '\u{06C1}' | '\u{06BE}' | '\u{06D5}' => Char('\u{0647}'), // ہ ھ ە → ه
        '\u{06C3}' => Char('\u{0629}'),                           // ۃ → ة
        '\u{0672}' | '\u{0673}' => Char('\u{0627}'),
        // Digits.
        '\u{0660}'..='\u{0669}' => Char(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => Char(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '\u{FF10}'..='\u{FF19}' => Char(char::from(b'0' + (c as u32 - 0xFF10) as u8)),
        // Punctuation.
        '\u{060C}' | '\u{066C}' | '\u{060D}' => Char(','),
        '\u{061B}' => Char(';'),
        '\u{061F}' => Char('?'),
        '\u{066A}' => Char('%'),
        '\u{066B}' => Char('.'),
        '\u{06D4}' => Char('.'),
        '\u{00AB}' | '\u{00BB}' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{FF02}' => {
            Char('"')
        }
        '\u{2039}' | '\u{203A}' | '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{FF07}' => {
            Char('\'')
        }
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => Char('-'),
        '\u{2026}' => Str("..."),
        // Presentation forms: their compatibility decomposition.
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => presentation(c),
        _ => Keep,
    }
}

fn presentation(c: char) -> Fold {
    match PRESENTATION_FORMS.binary_search_by_key(&(c as u32), |&(cp, _)| cp) {
        // Isolated harakat forms decompose to a space and a mark: they carry no letter.
        Ok(i) if PRESENTATION_FORMS[i].1.starts_with(' ') => Fold::Drop,
        Ok(i) => Fold::Str(PRESENTATION_FORMS[i].1),
        Err(_) => Fold::Keep,
    }
}

/// Matching fold of a character of the light form. Always preserves the UTF-8 length.
#[inline]
pub fn fold_key_char(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => '\u{0627}', // آ أ إ ٱ → ا
        '\u{0649}' => '\u{064A}',                                        // ى → ي
        '\u{0629}' => '\u{0647}',                                        // ة → ه
        _ => c,
    }
}

/// The light form of a whole string (no offset map): for building lexicon keys.
pub fn light(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_light(&mut out, c, &mut |_| {});
    }
    out
}

/// The matching (folded) form of a whole string: light normalisation plus folding.
pub fn key(s: &str) -> String {
    light(s).chars().map(fold_key_char).collect()
}

/// Folds an already light string.
pub fn fold_light(s: &str) -> String {
    let mut b = s.as_bytes().to_vec();
    fold_bytes(&mut b);
    // Folding swaps one whole character for another of the same length: still UTF-8.
    String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// [`fold_key_char`] over UTF-8 bytes in place: the folded letters are all two-byte
/// Arabic letters or ASCII capitals, so no character changes length.
fn fold_bytes(b: &mut [u8]) {
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            b[i] = c.to_ascii_lowercase();
            i += 1;
            continue;
        }
        if i + 1 < b.len() {
            match (c, b[i + 1]) {
                // آ أ إ → ا (U+0622, U+0623, U+0625 → U+0627)
                (0xD8, 0xA2 | 0xA3 | 0xA5) => b[i + 1] = 0xA7,
                // ٱ (U+0671) → ا
                (0xD9, 0xB1) => {
                    b[i] = 0xD8;
                    b[i + 1] = 0xA7;
                }
                // ى (U+0649) → ي (U+064A)
                (0xD9, 0x89) => b[i + 1] = 0x8A,
                // ة (U+0629) → ه (U+0647)
                (0xD8, 0xA9) => {
                    b[i] = 0xD9;
                    b[i + 1] = 0x87;
                }
                _ => {}
            }
        }
        // Skip the rest of this character.
        i += match c {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
    }
}

#[inline]
fn push_light(out: &mut String, c: char, on_push: &mut impl FnMut(usize)) {
    match fold(c) {
        Fold::Keep => {
            out.push(c);
            on_push(c.len_utf8());
        }
        Fold::Drop => {}
        Fold::Char(d) => {
            out.push(d);
            on_push(d.len_utf8());
        }
        Fold::Str(s) => {
            // Decompositions are basic-block Arabic: fold them once more (they may hold
            // diacritics or hamza forms).
            for d in s.chars() {
                match fold(d) {
                    Fold::Drop => {}
                    Fold::Char(e) => {
                        out.push(e);
                        on_push(e.len_utf8());
                    }
                    _ => {
                        out.push(d);
                        on_push(d.len_utf8());
                    }
                }
            }
        }
    }
}

/// A normalised copy of a text with a map back to the original.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The light form (see the module docs).
    pub text: String,
    /// The matching form: same length as `text`, letters folded.
    pub folded: String,
    /// `map[i]` is the original byte offset of the character that produced byte `i` of
    /// `text`; `map[text.len()]` is the original length.
    map: Vec<u32>,
}

impl Normalized {
    /// The original byte offset where normalised byte `i` came from.
    #[inline]
    pub fn orig(&self, i: usize) -> usize {
        self.map[i.min(self.map.len() - 1)] as usize
    }

    /// Maps a normalised span to the original text. The end extends over characters the
    /// normalisation dropped right after the span (a word's trailing diacritics stay with it).
    pub fn orig_span(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.orig(start);
        if end <= start {
            return (s, s);
        }
        let last = self.orig(end - 1);
        let mut e = self.orig(end);
        if e <= last {
            // `end` falls inside one expanded character (a ligature): take all of it.
            e = self.next_source_boundary(end);
        }
        (s, e)
    }

    fn next_source_boundary(&self, mut i: usize) -> usize {
        let here = self.orig(i.saturating_sub(1));
        while i < self.text.len() && self.orig(i) == here {
            i += 1;
        }
        self.orig(i)
    }
}

/// Light-normalises `input`, keeping a byte map back to it. Input longer than `u32::MAX`
/// bytes is the caller's to refuse (the analyser limits input size well below that).
pub fn normalize(input: &str) -> Normalized {
    let mut text = String::with_capacity(input.len());
    let mut map: Vec<u32> = Vec::with_capacity(input.len() + 1);
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            // ASCII fast path: printable and whitespace stay, controls become spaces.
            let c = if b >= 0x20 && b != 0x7F || b == b'\n' || b == b'\t' || b == b'\r' { b } else { b' ' };
            text.push(c as char);
            map.push(i as u32);
            i += 1;
            continue;
        }
        // Fast path: the basic Arabic letters (U+0621–U+063A, U+0641–U+064A) stay as they are.
        if i + 1 < bytes.len() {
            let n = bytes[i + 1];
            if b == 0xD8 && (0xA1..=0xBA).contains(&n) || b == 0xD9 && (0x81..=0x8A).contains(&n) {
                text.push_str(&input[i..i + 2]);
                map.push(i as u32);
                map.push(i as u32);
                i += 2;
                continue;
            }
        }
        // `input` is a &str and `i` is on a char boundary.
        let c = input[i..].chars().next().unwrap_or('\u{FFFD}');
        let at = i as u32;
        push_light(&mut text, c, &mut |n| map.extend(std::iter::repeat_n(at, n)));
        i += c.len_utf8();
    }
    map.push(input.len() as u32);
    let folded = fold_light(&text);
    debug_assert_eq!(folded.len(), text.len());
    Normalized { text, folded, map }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span_text<'a>(orig: &'a str, n: &Normalized, needle: &str) -> &'a str {
        let s = n.text.find(needle).expect("needle in normalised text");
        let (a, b) = n.orig_span(s, s + needle.len());
        &orig[a..b]
    }

    #[test]
    fn drops_diacritics_and_tatweel_keeping_offsets() {
        let orig = "قالَ الرئيـــسُ بوتينَ";
        let n = normalize(orig);
        assert_eq!(n.text, "قال الرئيس بوتين");
        assert_eq!(span_text(orig, &n, "الرئيس"), "الرئيـــسُ");
        assert_eq!(span_text(orig, &n, "بوتين"), "بوتينَ");
    }

    #[test]
    fn folds_letters_for_matching_only() {
        let n = normalize("إلى أمريكا ومصرى والقاهرة");
        assert_eq!(n.text, "إلى أمريكا ومصرى والقاهرة");
        assert_eq!(n.folded, "الي امريكا ومصري والقاهره");
        assert_eq!(key("Reuters رويترز"), "reuters رويترز");
    }

    #[test]
    fn digits_punctuation_spaces_and_persian_letters() {
        let n = normalize("٠٧/٠٨/٢٠٢٥، «كی»\u{00A0}۱۲٪؟");
        assert_eq!(n.text, "07/08/2025, \"كي\" 12%?");
    }

    #[test]
    fn zero_width_and_bidi_marks_vanish() {
        let orig = "\u{200F}بو\u{200C}تين\u{202B}";
        let n = normalize(orig);
        assert_eq!(n.text, "بوتين");
        let (a, b) = n.orig_span(0, n.text.len());
        assert_eq!(&orig[a..b], "بو\u{200C}تين\u{202B}");
    }

    #[test]
    fn presentation_forms_decompose() {
        // ﻻ (lam-alef ligature), ﷲ (Allah ligature), isolated/final letter forms.
        let orig = "ﻻ ﷲ ﺑﻮﺗﻴﻦ";
        let n = normalize(orig);
        assert_eq!(n.text, "لا الله بوتين");
        assert_eq!(n.folded, "لا الله بوتين");
        // A span ending inside the ligature covers all of it.
        let (a, b) = n.orig_span(0, 2);
        assert_eq!(&orig[a..b], "ﻻ");
    }

    #[test]
    fn map_is_monotonic_and_total() {
        let orig = "a\u{0}bﷲ\u{200B}ـَ😀x";
        let n = normalize(orig);
        let mut prev = 0;
        for i in 0..=n.text.len() {
            let o = n.orig(i);
            assert!(o >= prev && orig.is_char_boundary(o));
            prev = o;
        }
        assert_eq!(n.orig(n.text.len()), orig.len());
    }
}
