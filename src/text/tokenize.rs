//! Tokens: words, numbers, Latin words, URLs, e-mails, hashtags, punctuation.
//!
//! Reads: [`Normalized`] (the light form). Adds: [`Token`]s, each with its span in the
//! normalised text (`n`) and in the original (`span`).
//!
//! Numbers are kept whole in the forms news writes them: `07/08/2025`, `2.5%`, `3,2`,
//! `10:30`, `1,250,000`; a word joined to a number or word by a hyphen stays one token
//! (`فنوكوفو-2`, `Al-Jazeera`).

use crate::span::Span;
use crate::text::normalize::Normalized;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word in Arabic script.
    Word,
    /// A word in another script (Latin, Cyrillic…), possibly with digits.
    Foreign,
    /// A number, possibly with separators and a percent sign.
    Number,
    /// A URL.
    Url,
    /// An e-mail address.
    Email,
    /// `#tag`.
    Hashtag,
    /// `@handle`.
    Handle,
    /// One punctuation character.
    Punct,
    /// Any other symbol (emoji, currency signs…).
    Symbol,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// What it is.
    pub kind: TokenKind,
    /// Its span in the normalised text.
    pub n: Span,
    /// Its span in the original text.
    pub span: Span,
}

impl Token {
    /// The token's light form.
    #[inline]
    pub fn light<'a>(&self, n: &'a Normalized) -> &'a str {
        self.n.of(&n.text)
    }
    /// The token's folded (matching) form.
    #[inline]
    pub fn key<'a>(&self, n: &'a Normalized) -> &'a str {
        self.n.of(&n.folded)
    }
    /// Whether it is a word of any script.
    #[inline]
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Foreign)
    }
}

/// A letter of the Arabic script (after light normalisation).
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}' |
        '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}' |
        '\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08C9}')
}

#[inline]
fn is_foreign_letter(c: char) -> bool {
    c.is_alphabetic() && !is_arabic_letter(c)
}

#[inline]
fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation() || matches!(c, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '\u{00A1}'..='\u{00BF}')
}

struct Scanner<'a> {
    s: &'a str,
    b: &'a [u8],
}

impl Scanner<'_> {
    #[inline]
    fn char_at(&self, i: usize) -> Option<char> {
        self.s.get(i..).and_then(|t| t.chars().next())
    }

    fn starts_with_ci(&self, i: usize, pat: &str) -> bool {
        self.b.len() >= i + pat.len() && self.b[i..i + pat.len()].eq_ignore_ascii_case(pat.as_bytes())
    }

    /// End of a run of characters matching `f`, from `i`.
    fn run(&self, mut i: usize, f: impl Fn(char) -> bool) -> usize {
        // Fast path: basic Arabic letters are two bytes each (D8 A1–BA, D9 81–8A); when `f`
        // takes them, skip them without decoding.
        if f('\u{0628}') {
            while i + 1 < self.b.len() {
                let (b, n) = (self.b[i], self.b[i + 1]);
                if b == 0xD8 && (0xA1..=0xBA).contains(&n) || b == 0xD9 && (0x81..=0x8A).contains(&n) {
                    i += 2;
                } else {
                    break;
                }
            }
        }
        while let Some(c) = self.char_at(i) {
            if !f(c) {
                break;
            }
            i += c.len_utf8();
        }
        i
    }

    fn url(&self, i: usize) -> Option<usize> {
        if !(self.starts_with_ci(i, "http://") || self.starts_with_ci(i, "https://") || self.starts_with_ci(i, "www."))
        {
            return None;
        }
        let mut e = self.run(i, |c| !c.is_whitespace() && !matches!(c, '"' | '<' | '>'));
        while e > i {
            let last = self.s[..e].chars().next_back()?;
            if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\'') {
                e -= last.len_utf8();
            } else {
                break;
            }
        }
        (e > i + 4).then_some(e)
    }

    fn email(&self, i: usize) -> Option<usize> {
        let local = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
        let at = self.run(i, local);
        if at == i || self.b.get(at) != Some(&b'@') {
            return None;
        }
        let mut e = self.run(at + 1, |c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'));
        while e > at + 1 && self.b[e - 1] == b'.' {
            e -= 1;
        }
        let domain = &self.s[at + 1..e];
        let tld_ok = domain.rsplit_once('.').is_some_and(|(h, t)| !h.is_empty() && t.len() >= 2);
        tld_ok.then_some(e)
    }

    fn number(&self, i: usize) -> usize {
        let mut e = self.run(i, |c| c.is_ascii_digit());
        loop {
            match self.b.get(e) {
                Some(b'.' | b',' | b'/' | b':') | Some(b'-') if self.b.get(e + 1).is_some_and(u8::is_ascii_digit) => {
                    e = self.run(e + 1, |c| c.is_ascii_digit());
                }
                _ => break,
            }
        }
        if self.b.get(e) == Some(&b'%') {
            e += 1;
        }
        e
    }

    /// A word of `letter`s, with hyphenated continuations (`فنوكوفو-2`, `Al-Jazeera`).
    fn word(&self, i: usize, letter: impl Fn(char) -> bool + Copy) -> usize {
        let mut e = self.run(i, letter);
        while self.b.get(e) == Some(&b'-') {
            match self.char_at(e + 1) {
                Some(c) if letter(c) => e = self.run(e + 1, letter),
                Some(c) if c.is_ascii_digit() => e = self.run(e + 1, |c| c.is_ascii_digit()),
                _ => break,
            }
        }
        e
    }

    fn foreign(&self, i: usize) -> usize {
        let inner = |c: char| is_foreign_letter(c) || c.is_ascii_digit();
        let mut e = self.word(i, inner);
        // Apostrophes and abbreviation dots inside Latin words: O'Brien, U.S.
        while matches!(self.b.get(e), Some(b'\'') | Some(b'.')) && self.char_at(e + 1).is_some_and(is_foreign_letter) {
            let dot = self.b[e] == b'.';
            let next = self.word(e + 1, inner);
            if dot && next - (e + 1) > 1 {
                break; // "end.Next" is two sentences run together, not an abbreviation
            }
            e = next;
            if dot && self.b.get(e) == Some(&b'.') {
                e += 1;
            }
        }
        e
    }
}

/// Splits the light form into tokens.
pub fn tokenize(n: &Normalized) -> Vec<Token> {
    let s = n.text.as_str();
    let sc = Scanner { s, b: s.as_bytes() };
    let mut out = Vec::with_capacity(s.len() / 5);
    let mut i = 0;
    while i < sc.b.len() {
        if matches!(sc.b[i], b' ' | b'\n' | b'\t' | b'\r') {
            i += 1;
            continue;
        }
        let Some(c) = sc.char_at(i) else { break };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let (kind, end) = if is_arabic_letter(c) {
            (TokenKind::Word, sc.word(i, is_arabic_letter))
        } else if c.is_ascii_digit() {
            (TokenKind::Number, sc.number(i))
        } else if let Some(e) = sc.url(i) {
            (TokenKind::Url, e)
        } else if let Some(e) = (c.is_ascii_alphanumeric()).then(|| sc.email(i)).flatten() {
            (TokenKind::Email, e)
        } else if is_foreign_letter(c) {
            (TokenKind::Foreign, sc.foreign(i))
        } else if (c == '#' || c == '@') && sc.char_at(i + 1).is_some_and(|d| d.is_alphanumeric() || d == '_') {
            let e = sc.run(i + 1, |d| d.is_alphanumeric() || d == '_');
            (if c == '#' { TokenKind::Hashtag } else { TokenKind::Handle }, e)
        } else if is_punct(c) {
            (TokenKind::Punct, i + c.len_utf8())
        } else {
            (TokenKind::Symbol, i + c.len_utf8())
        };
        let (os, oe) = n.orig_span(i, end);
        out.push(Token { kind, n: Span::new(i, end), span: Span::new(os, oe) });
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::normalize;

    /// `t!(input => [(kind, "original text"), …])`: table-driven token tests.
    macro_rules! t {
        ($input:expr => [$(($kind:ident, $text:expr)),* $(,)?]) => {{
            let input: &str = $input;
            let n = normalize(input);
            let got: Vec<(TokenKind, &str)> =
                tokenize(&n).iter().map(|t| (t.kind, t.span.of(input))).collect();
            let want: Vec<(TokenKind, &str)> = vec![$((TokenKind::$kind, $text)),*];
            assert_eq!(got, want, "input: {input}");
        }};
    }

    #[test]
    fn arabic_words_and_punctuation() {
        t!("قال بوتين، إن" => [(Word, "قال"), (Word, "بوتين"), (Punct, "،"), (Word, "إن")]);
        t!("«القوى الإيجابية ستتغلب»" => [(Punct, "«"), (Word, "القوى"), (Word, "الإيجابية"), (Word, "ستتغلب"), (Punct, "»")]);
    }

    #[test]
    fn numbers_in_news_forms() {
        t!("خميس 07/08/2025:" => [(Word, "خميس"), (Number, "07/08/2025"), (Punct, ":")]);
        t!("2.5% و3,2 بالمائة" => [(Number, "2.5%"), (Word, "و"), (Number, "3,2"), (Word, "بالمائة")]);
        t!("٢٠٢٥٪" => [(Number, "٢٠٢٥٪")]);
        t!("53 مليار ريال" => [(Number, "53"), (Word, "مليار"), (Word, "ريال")]);
        t!("عام 2025." => [(Word, "عام"), (Number, "2025"), (Punct, ".")]);
        t!("الساعة 10:30" => [(Word, "الساعة"), (Number, "10:30")]);
    }

    #[test]
    fn hyphenated_names_stay_whole() {
        t!("مطار فنوكوفو-2" => [(Word, "مطار"), (Word, "فنوكوفو-2")]);
        t!("Al-Jazeera U.S. O'Brien" => [(Foreign, "Al-Jazeera"), (Foreign, "U.S."), (Foreign, "O'Brien")]);
    }

    #[test]
    fn urls_emails_hashtags() {
        t!("راجع https://example.com/a?b=1. الآن" => [(Word, "راجع"), (Url, "https://example.com/a?b=1"), (Punct, "."), (Word, "الآن")]);
        t!("news@example.org #روسيا @tass" => [(Email, "news@example.org"), (Hashtag, "#روسيا"), (Handle, "@tass")]);
    }

    #[test]
    fn diacritics_and_tatweel_stay_inside_their_word() {
        t!("بوتينَ الرئيـــس" => [(Word, "بوتينَ"), (Word, "الرئيـــس")]);
    }

    #[test]
    fn emoji_and_mixed_scripts() {
        t!("😀روسيا" => [(Symbol, "😀"), (Word, "روسيا")]);
        t!("Putin بوتين" => [(Foreign, "Putin"), (Word, "بوتين")]);
    }
}
