//! Event triggers (`data/lexicon/events.tsv`) and speech cues (`data/lexicon/speech.tsv`),
//! with the inflected forms of their verbs, matched on token stems
//! ([`crate::lexicon::forms`]).

use std::collections::HashMap;

use crate::doc::Document;
use crate::lexicon::data_lines;
use crate::lexicon::titles::strip_article;
use crate::text::normalize::key;

/// Part of speech of a trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    /// A verb.
    Verb,
    /// A verbal noun.
    Noun,
}

/// One trigger or cue.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// Event kind (`visit`…) or cue kind (`v`, `p`, `a`, `d`).
    pub kind: String,
    /// Verb or noun.
    pub pos: Pos,
    /// How participants are read (events); the preposition before what was said (speech).
    pub frame: String,
    /// Flags (events: `o` needs an agreement noun, `b` needs "بين", `a` anaphoric noun, `p`
    /// needs a party right after it, `l` counts only after a light verb).
    pub flags: String,
    /// Words it spans.
    pub words: usize,
}

/// A trigger list indexed by every folded form.
pub struct Triggers {
    entries: Vec<Trigger>,
    /// One-word entries: every form → entry.
    index: HashMap<String, usize>,
    /// Two-word entries: first word → (second word, entry), in the file's order.
    pairs: HashMap<String, Vec<(String, usize)>>,
}

/// The forms of a verb given in the 3rd person masculine singular, perfect or imperfect.
fn verb_forms(v: &str) -> Vec<String> {
    let mut out = vec![v.to_string()];
    let chars: Vec<char> = v.chars().collect();
    let last = *chars.last().unwrap_or(&' ');
    let stem: String = chars[..chars.len().saturating_sub(1)].iter().collect();
    if chars.first() == Some(&'ي') {
        let rest: String = chars[1..].iter().collect();
        for f in [
            format!("ت{rest}"),
            format!("ن{rest}"),
            format!("ا{rest}"),
            format!("{v}ون"),
            format!("{v}ان"),
            format!("ت{rest}ان"),
        ] {
            out.push(f);
        }
        if matches!(last, 'ي' | 'و') {
            out.push(format!("{stem}ون"));
            out.push(format!("ت{}ان", &rest));
            // The jussive drops the weak letter: "لم يلتق".
            out.push(stem.clone());
            out.push(format!("ت{}", &stem[stem.char_indices().nth(1).map_or(stem.len(), |c| c.0)..]));
        }
    } else {
        for f in [format!("{v}ت"), format!("{v}وا"), format!("{v}ا"), format!("{v}تا")] {
            out.push(f);
        }
        if matches!(last, 'ي' | 'ا') {
            out.push(format!("{stem}ت"));
            out.push(format!("{stem}وا"));
            out.push(format!("{stem}يا"));
            out.push(format!("{stem}تا"));
        }
    }
    out
}

impl Triggers {
    fn parse(tsv: &str, events: bool) -> Triggers {
        let mut entries = Vec::new();
        let mut index = HashMap::new();
        let mut pairs: HashMap<String, Vec<(String, usize)>> = HashMap::new();
        for line in data_lines(tsv) {
            let cols: Vec<&str> = line.split('\t').collect();
            let form = key(cols[0]);
            let (kind, pos, frame, flags) = if events {
                let pos = if cols.get(2) == Some(&"v") { Pos::Verb } else { Pos::Noun };
                (
                    cols.get(1).copied().unwrap_or(""),
                    pos,
                    cols.get(3).copied().unwrap_or(""),
                    cols.get(4).copied().unwrap_or(""),
                )
            } else {
                let k = cols.get(1).copied().unwrap_or("v");
                // The third column: the preposition the verb takes before what was said
                // ("أعلن عن", "أشار إلى"), folded; kept as the frame.
                (k, if k == "v" || k == "d" { Pos::Verb } else { Pos::Noun }, cols.get(2).copied().unwrap_or(""), "")
            };
            let words = form.split(' ').count();
            let id = entries.len();
            entries.push(Trigger {
                kind: kind.to_string(),
                pos,
                frame: if events { frame.to_string() } else { key(frame) },
                flags: flags.to_string(),
                words,
            });
            if words == 2 {
                let (a, b) = form.split_once(' ').unwrap_or((&form, ""));
                let seconds = pairs.entry(a.to_string()).or_default();
                if !seconds.iter().any(|(x, _)| x == b) {
                    seconds.push((b.to_string(), id));
                }
                continue;
            }
            if words > 2 {
                continue;
            }
            let forms = if pos == Pos::Verb {
                let mut f = verb_forms(&form);
                // A speech verb in the first person is said inside a quotation; outside, the
                // same letters are the passive ("وأشير إلى أن", "أفيد بأن"), with no speaker.
                // The first person plural is as rare outside quotations, and its letters are
                // often a noun ("ونصف طن" is "and a half", not "we describe").
                if !events && form.starts_with('ي') {
                    let rest = &form['ي'.len_utf8()..];
                    let (singular, plural) = (format!("ا{rest}"), format!("ن{rest}"));
                    f.retain(|x| *x != singular && *x != plural);
                }
                // The future the clitic splitter left whole when it has not seen the verb
                // ("ستزور"): the plan is read from the س (events::modality).
                if events && form.starts_with('ي') {
                    let fut: Vec<String> =
                        f.iter().filter(|x| x.starts_with(['ي', 'ت', 'ن'])).map(|x| format!("س{x}")).collect();
                    f.extend(fut);
                }
                f
            } else if !events && kind == "p" && form.ends_with('ا') {
                // A participle of saying agrees with its speaker: "مشيرا", "مشيرة" (folded
                // "مشيره"), "مشيرين". Not "لافتة", which is a banner.
                let stem = &form[..form.len() - 'ا'.len_utf8()];
                let mut f = vec![form.clone(), format!("{stem}ين")];
                if stem != "لافت" {
                    f.push(format!("{stem}ه"));
                }
                f
            } else if !form.ends_with("ات") {
                let mut f = vec![form.clone(), format!("{}ات", form.trim_end_matches('ه'))];
                // Before a pronoun the hamza sits on ya: "لقاء" → "لقائه" (stem "لقائ").
                if let Some(stem) = form.strip_suffix("اء") {
                    f.push(key(&format!("{stem}ائ")));
                    f.push(format!("{stem}اي"));
                }
                // The accusative object of a light verb: "عقد اجتماعا", "أصدر بيانا". Not
                // "وصولا", which news uses for "up to" ("من القاهرة وصولا إلى أسوان").
                if events && !form.ends_with(['ه', 'ء']) && form != "وصول" {
                    f.push(format!("{form}ا"));
                }
                f
            } else {
                vec![form.clone()]
            };
            for f in forms {
                index.entry(f).or_insert(id);
            }
        }
        Triggers { entries, index, pairs }
    }

    /// The event triggers.
    pub fn events() -> Triggers {
        Triggers::parse(include_str!("../../data/lexicon/events.tsv"), true)
    }

    /// The speech and attribution cues.
    pub fn speech() -> Triggers {
        Triggers::parse(include_str!("../../data/lexicon/speech.tsv"), false)
    }

    /// One entry.
    pub fn entry(&self, i: usize) -> &Trigger {
        &self.entries[i]
    }

    /// The entry of a folded one-word form, if listed.
    pub fn find(&self, form: &str) -> Option<usize> {
        self.index.get(form).copied()
    }

    /// Whether a folded one-word form is listed (any inflection the matcher takes).
    pub fn has_form(&self, form: &str) -> bool {
        self.index.contains_key(form)
    }

    /// The trigger at token `i`, if any: its entry and how many tokens it covers.
    pub fn at(&self, doc: &Document, i: usize) -> Option<(usize, usize)> {
        let table = doc.forms();
        let forms = table.get(i);
        if i + 1 < doc.tokens.len() {
            let next = &*doc.bases[i + 1];
            let prep = doc.segs[i + 1].prep;
            for f in forms.iter() {
                if let Some(seconds) = self.pairs.get(f) {
                    for k in [strip_article(next), next] {
                        if let Some(&(_, e)) = seconds.iter().find(|(x, _)| x == k) {
                            return Some((e, 2));
                        }
                    }
                    // "وفقا ل" written "وفقا للأمم المتحدة": the preposition on the next word.
                    if let Some(&(_, e)) =
                        seconds.iter().find(|(x, _)| x.chars().count() == 1 && x.chars().next() == prep)
                    {
                        return Some((e, 1));
                    }
                }
            }
        }
        forms.iter().find_map(|f| self.index.get(f).map(|&e| (e, 1)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_inflections() {
        let f = verb_forms("التقي");
        assert!(f.contains(&"التقت".to_string()) && f.contains(&"التقوا".to_string()));
        let f = verb_forms("يلتقي");
        assert!(f.contains(&"تلتقي".to_string()) && f.contains(&"يلتقون".to_string()));
        let f = verb_forms("قال");
        assert!(f.contains(&"قالت".to_string()) && f.contains(&"قالوا".to_string()));
    }
}
