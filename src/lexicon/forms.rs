//! The forms a token is looked up under in the word lists (event triggers, speech cues,
//! stance cues), computed once per document ([`crate::doc::Document::forms`]).
//!
//! A token's forms depend on its spelling only, so each spelling is worked out once and its
//! forms are kept in one string shared by all its tokens: looking a token up allocates
//! nothing.

use std::ops::Range;

use crate::doc::Document;
use crate::hash::FxHashMap;
use crate::lexicon::titles::strip_article;
use crate::text::tokenize::TokenKind;

/// Every token's lookup forms: its stem without the article, its base, its whole folded
/// form, and the stem with ta marbuta restored ("زيارته" → "زياره").
#[derive(Debug, Clone, Default)]
pub struct TokenForms {
    /// All forms, one after another.
    text: String,
    /// Byte range in `text` of each form.
    forms: Vec<(u32, u32)>,
    /// Per token: the range of its forms in `forms`, and whether it is an Arabic word.
    tokens: Vec<(u32, u32, bool)>,
}

/// The forms of one token, in lookup order.
#[derive(Debug, Clone, Copy)]
pub struct Forms<'a> {
    text: &'a str,
    forms: &'a [(u32, u32)],
}

impl<'a> Forms<'a> {
    /// The forms, in lookup order.
    pub fn iter(self) -> impl Iterator<Item = &'a str> + Clone {
        self.forms.iter().map(move |&(a, b)| &self.text[a as usize..b as usize])
    }

    /// The first form (the stem), if any.
    pub fn first(self) -> Option<&'a str> {
        self.iter().next()
    }

    /// Whether one of the forms is in `set`.
    pub fn any_in(self, set: &std::collections::HashSet<String>) -> bool {
        self.iter().any(|f| set.contains(f))
    }

    /// Whether there are none.
    pub fn is_empty(self) -> bool {
        self.forms.is_empty()
    }
}

impl TokenForms {
    /// The forms of every token of `doc` (tokens, segments and bases computed).
    pub fn of(doc: &Document) -> TokenForms {
        let mut out = TokenForms::default();
        let mut seen: FxHashMap<(&str, &str), (u32, u32)> = FxHashMap::default();
        for (i, t) in doc.tokens.iter().enumerate() {
            let word = t.kind == TokenKind::Word;
            // Segments and bases are the same for the same spelling.
            let range = *seen.entry((doc.light(i), doc.key(i))).or_insert_with(|| {
                let a = out.forms.len() as u32;
                stem_forms(doc, i, |f| {
                    let s = out.text.len() as u32;
                    out.text.push_str(f);
                    out.forms.push((s, out.text.len() as u32));
                });
                (a, out.forms.len() as u32)
            });
            out.tokens.push((range.0, range.1, word));
        }
        out
    }

    /// A table of words given by their forms (for tests): each word's forms, every word
    /// counting as an Arabic word.
    pub fn from_words<'w>(words: impl IntoIterator<Item = &'w [&'w str]>) -> TokenForms {
        let mut out = TokenForms::default();
        for fs in words {
            let a = out.forms.len() as u32;
            for f in fs {
                let s = out.text.len() as u32;
                out.text.push_str(f);
                out.forms.push((s, out.text.len() as u32));
            }
            out.tokens.push((a, out.forms.len() as u32, true));
        }
        out
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The forms of token `i`.
    pub fn get(&self, i: usize) -> Forms<'_> {
        let (a, b, _) = self.tokens[i];
        Forms { text: &self.text, forms: &self.forms[a as usize..b as usize] }
    }

    /// The forms of token `i` if it is an Arabic word, else none (punctuation, numbers and
    /// foreign words carry no cue).
    pub fn word(&self, i: usize) -> Forms<'_> {
        let (a, b, word) = self.tokens[i];
        let r: Range<usize> = if word { a as usize..b as usize } else { 0..0 };
        Forms { text: &self.text, forms: &self.forms[r] }
    }
}

/// The folded feminine form of a stem cut before a pronoun: the ending ة is written ت there
/// ("زوجته" is زوجة + ه: "زوجت" → "زوجه").
pub fn feminine_before_pronoun(stem: &str) -> Option<String> {
    stem.strip_suffix('ت').map(|t| format!("{t}ه"))
}

/// The folded form of a stem ending in a hamza, cut before a pronoun: the hamza sits on a
/// seat there ("قضائه" is قضاء + ه: "قضائ" → "قضاء"; "بناؤه" → "بناء").
pub fn hamza_before_pronoun(stem: &str) -> Option<String> {
    stem.strip_suffix(['ئ', 'ؤ']).filter(|t| t.chars().count() >= 2).map(|t| format!("{t}ء"))
}

/// Calls `push` with each form token `i` is looked up under, in order.
fn stem_forms(doc: &Document, i: usize, mut push: impl FnMut(&str)) {
    let base = &*doc.bases[i];
    // "الآن" (now) folds to "الان"; without its article it would read as أن/إن ("إلا الآن" is
    // not "إلا أن").
    let stem = if base == "الان" { base } else { strip_article(base) };
    push(stem);
    if base != stem {
        push(base);
    }
    if doc.segs[i].enclitic.is_some() {
        if let Some(f) = feminine_before_pronoun(stem) {
            push(&f);
        }
        if let Some(f) = hamza_before_pronoun(stem) {
            push(&f);
        }
    }
    let k = doc.key(i);
    // "وفقا" style words the segmenter may have cut: the folded token itself, and without a
    // leading conjunction.
    push(k);
    if let Some(r) = k.strip_prefix('و').or_else(|| k.strip_prefix('ف')) {
        push(r);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn forms_of_a_document() {
        let a = crate::Analyzer::default();
        let doc = a.text_layer("وزيارته للمدينة، وزيارته 12").unwrap();
        let f = doc.forms();
        assert_eq!(f.len(), doc.tokens.len());
        let first: Vec<&str> = f.get(0).iter().collect();
        assert!(first.contains(&"زياره"), "{first:?}");
        let doc = a.text_layer("قضائه").unwrap();
        assert!(doc.forms().get(0).iter().any(|x| x == "قضاء"), "a hamza on its seat before a pronoun");
        assert_eq!(f.get(0).iter().collect::<Vec<_>>(), f.get(3).iter().collect::<Vec<_>>());
        assert!(f.word(2).is_empty() && !f.get(2).is_empty(), "punctuation has forms, but no word forms");
        let doc = a.text_layer("إلا الآن").unwrap();
        assert!(!doc.forms().get(1).iter().any(|x| x == "ان"), "الآن is not أن");
    }
}
