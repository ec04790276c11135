//! Training: the corpus-derived stem lexicon (and, in later stages, the tagger).
//! Native only; run through `mizan-train`.

use std::collections::HashMap;

use crate::corpus;
use crate::lexicon::lexicon;
use crate::text::clitics::{Segmenter, StemLexicon};
use crate::text::normalize::{fold_light, light};
use crate::text::tokenize::is_arabic_letter;

/// Derives stem counts from the ANERcorp training split by hard EM with leave-one-out.
///
/// Every word type is segmented against the stem counts of all *other* words (its own
/// occurrences are taken out first), and its occurrences are credited to the stem chosen.
/// Starting from "every word is its own stem", the counts of clitic-bearing forms ("وقال")
/// drain into their stems ("قال") while words that only look clitic-bearing ("وزير",
/// "بوتين") keep theirs. Returns `(stem, count, count inside named entities)` sorted.
pub fn derive_stems(iterations: usize) -> Result<Vec<(String, u32, u32)>, String> {
    let sentences = corpus::anercorp("train")?;
    // Word types keyed by their folded form (so that "وأشار" and "واشار" are one type, and
    // leaving a type out leaves all its spellings out), with the most frequent light spelling.
    let mut types: HashMap<String, (HashMap<String, u32>, u32, u32)> = HashMap::new();
    for s in &sentences {
        for (tok, tag) in s {
            let l = light(tok);
            if l.is_empty() || !l.chars().all(|c| is_arabic_letter(c) || c == '-') {
                continue;
            }
            let e = types.entry(fold_light(&l)).or_default();
            *e.0.entry(l).or_insert(0) += 1;
            e.1 += 1;
            if tag != "O" {
                e.2 += 1;
            }
        }
    }
    let mut words: Vec<(String, u32, u32)> = types
        .into_values()
        .map(|(spellings, c, ne)| {
            let mut sp: Vec<(String, u32)> = spellings.into_iter().collect();
            sp.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            (sp.swap_remove(0).0, c, ne)
        })
        .collect();
    words.sort();
    let base = lexicon().base_stems();
    // Assignment of each type to a stem key; start with the whole word.
    let mut assign: Vec<String> = words.iter().map(|(w, _, _)| fold_light(w)).collect();
    let mut counts = StemLexicon::new();
    for ((_, c, _), k) in words.iter().zip(&assign) {
        counts.add_folded(k, *c);
    }
    for _ in 0..iterations {
        let mut changed = 0;
        for (i, (w, c, _)) in words.iter().enumerate() {
            counts.remove(&assign[i], *c);
            let lexes = [&base, &counts];
            let seg = Segmenter::new(&lexes).segment(w);
            let k = fold_light(seg.stem(w));
            let k = if seg.enclitic.is_some() && k.ends_with('ت') {
                // زيارت+ه is the stem زيارة
                let mut t = k[..k.len() - 'ت'.len_utf8()].to_string();
                if counts.count(&format!("{t}ه")) > counts.count(&k) {
                    t.push('ه');
                    t
                } else {
                    k
                }
            } else {
                k
            };
            if k != assign[i] {
                changed += 1;
            }
            counts.add_folded(&k, *c);
            assign[i] = k;
        }
        eprintln!("stems: iteration changed {changed} of {} word types", words.len());
        if changed == 0 {
            break;
        }
    }
    let mut out: HashMap<String, (u32, u32)> = HashMap::new();
    for ((_, c, ne), k) in words.iter().zip(&assign) {
        let e = out.entry(k.clone()).or_insert((0, 0));
        e.0 += c;
        e.1 += ne;
    }
    let mut out: Vec<(String, u32, u32)> =
        out.into_iter().filter(|(_, (c, _))| *c > 0).map(|(k, (c, ne))| (k, c, ne)).collect();
    out.sort();
    Ok(out)
}
