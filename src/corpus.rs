//! Readers for the shared corpora (ANERcorp, AQMAR, WikiNews) used by training and
//! evaluation. Native only: the corpora are never embedded nor shipped.
//!
//! The shared folder is `$MIZAN_SHARED` if set, else `../shared` from the working directory,
//! else `../shared` beside the crate. Functions here return a clear error naming the path
//! that is missing, so tests and the CLI can say loudly what they need.

use std::path::{Path, PathBuf};

/// The shared folder (`…/shared`), or an error saying where it was looked for.
pub fn shared_dir() -> Result<PathBuf, String> {
    let mut tried = Vec::new();
    if let Ok(p) = std::env::var("MIZAN_SHARED") {
        let p = PathBuf::from(p);
        if p.is_dir() {
            return Ok(p);
        }
        return Err(format!("MIZAN_SHARED={} is not a folder", p.display()));
    }
    for base in [std::env::current_dir().ok(), Some(PathBuf::from(env!("CARGO_MANIFEST_DIR")))].into_iter().flatten() {
        let p = base.join("..").join("shared");
        if p.join("data").is_dir() {
            return Ok(p);
        }
        tried.push(p.display().to_string());
    }
    Err(format!("no shared data folder: set MIZAN_SHARED (looked in {})", tried.join(", ")))
}

/// A corpus file under `shared/data/corpora`, or an error naming it.
pub fn corpus_file(rel: &str) -> Result<PathBuf, String> {
    let p = shared_dir()?.join("data").join("corpora").join(rel);
    if p.exists() {
        Ok(p)
    } else {
        Err(format!("corpus file missing: {}", p.display()))
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// One tagged sentence: `(token, BIO tag)` pairs, tags normalised to PER/LOC/ORG/MISC.
pub type Tagged = Vec<(String, String)>;

/// Normalises a corpus tag: `B-PERS` → `B-PER`, AQMAR's `B-MIS1` → `B-MISC`, typos cleaned
/// (`B-MIS1``, `I--ORG`, `OO`, `IO`, `B-ENGLISH` → `O`).
pub fn norm_tag(t: &str) -> String {
    let t = t.trim().trim_end_matches('`');
    let (bio, typ) = match t.split_once('-') {
        Some((b, ty)) => (b, ty.trim_start_matches('-')),
        None => return "O".into(),
    };
    let bio = match bio {
        "B" => "B",
        "I" => "I",
        _ => return "O".into(),
    };
    let typ = match typ {
        "PER" | "PERS" => "PER",
        "LOC" => "LOC",
        "ORG" => "ORG",
        t if t.starts_with("MIS") => "MISC",
        _ => return "O".into(),
    };
    format!("{bio}-{typ}")
}

/// Reads a `token TAG` per line file; blank lines separate sentences.
pub fn read_conll(path: &Path) -> Result<Vec<Tagged>, String> {
    let text = read(path)?;
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.next()) {
            (Some(tok), Some(tag)) => cur.push((tok.to_string(), norm_tag(tag))),
            (Some(_), None) | (None, _) => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// ANERcorp, `train` or `test` split.
pub fn anercorp(split: &str) -> Result<Vec<Tagged>, String> {
    read_conll(&corpus_file(&format!("anercorp/ANERCorp_approxCamelSplit_{split}.txt"))?)
}

/// AQMAR: every article, in file-name order.
pub fn aqmar() -> Result<Vec<Tagged>, String> {
    let dir = corpus_file("aqmar/conll")?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        out.extend(read_conll(&f)?);
    }
    Ok(out)
}

/// One word of the WikiNews gold segmentation: its segments and their tags.
#[derive(Debug, Clone)]
pub struct GoldWord {
    /// Segments (`ال`, `أكاديمي`, `ة`).
    pub segs: Vec<String>,
    /// Tags (`DET`, `NOUN`, `NSUFF`).
    pub tags: Vec<String>,
}

/// The WikiNews gold segmentation (WikiNews.pos.ref).
pub fn wikinews_segmentation() -> Result<Vec<GoldWord>, String> {
    let text = read(&corpus_file("wikinews/WikiNews.pos.ref")?)?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if i == 0 {
            continue;
        }
        let Some((w, t)) = line.split_once('\t') else {
            continue;
        };
        let segs: Vec<String> = w.split('+').map(str::to_string).collect();
        let tags: Vec<String> = t.split('+').map(str::to_string).collect();
        if segs.len() != tags.len() || segs.iter().any(String::is_empty) {
            continue; // a handful of malformed lines in the gold
        }
        out.push(GoldWord { segs, tags });
    }
    Ok(out)
}

/// A WikiNews article (articles.jsonl).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct WikiArticle {
    /// Article id.
    pub id: String,
    /// Category.
    pub category: String,
    /// Title.
    pub title: String,
    /// Paragraphs (diacritics stripped).
    pub paragraphs: Vec<String>,
}

impl WikiArticle {
    /// The article as one text: title, blank line, paragraphs.
    pub fn text(&self) -> String {
        let mut s = self.title.clone();
        s.push_str("\n\n");
        s.push_str(&self.paragraphs.join("\n"));
        s
    }

    /// The byte span in [`WikiArticle::text`] of characters `[start, end)` of paragraph
    /// `paragraph` (-1 = the title), as the gold files give them.
    pub fn byte_span(&self, paragraph: i64, start: usize, end: usize) -> (usize, usize) {
        let (base, p) = if paragraph < 0 {
            (0, self.title.as_str())
        } else {
            let i = (paragraph as usize).min(self.paragraphs.len());
            let base = self.title.len() + 2 + self.paragraphs[..i].iter().map(|p| p.len() + 1).sum::<usize>();
            (base, self.paragraphs.get(i).map_or("", |s| s.as_str()))
        };
        let to_byte = |ch: usize| p.char_indices().nth(ch).map_or(p.len(), |x| x.0);
        (base + to_byte(start), base + to_byte(end))
    }
}

/// The WikiNews articles.
pub fn wikinews_articles() -> Result<Vec<WikiArticle>, String> {
    let text = read(&corpus_file("wikinews/articles.jsonl")?)?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str::<WikiArticle>(l).map_err(|e| format!("articles.jsonl: {e}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_cleaned() {
        assert_eq!(norm_tag("B-PERS"), "B-PER");
        assert_eq!(norm_tag("I-MIS2"), "I-MISC");
        assert_eq!(norm_tag("B-MIS1`"), "B-MISC");
        assert_eq!(norm_tag("I--ORG"), "I-ORG");
        assert_eq!(norm_tag("OO"), "O");
        assert_eq!(norm_tag("B-ENGLISH"), "O");
    }
}
