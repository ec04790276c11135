//! Roles, events and quotes against the project's gold annotations of Wikinews articles
//! (`gold/ie/wikinews.json`: ids and annotations only; the text is read from the shared
//! corpus). Even article ids are the development split, odd ids the test split.
//!
//! - **roles**: for each gold person matched to a person Mizan found (by name or alias), its
//!   titles are matched one to one with Mizan's by word overlap (F1 of their words ≥ 0.5,
//!   clitics and the article ignored); roles of people Mizan found that the gold does not
//!   list count against precision.
//! - **persons**: the people Mizan finds in an article against every named person of the
//!   gold (by name or alias, one to one): person recognition and merging, on news.
//! - **events**: an event matches a gold event of the same kind when they share a
//!   participant (by name) and, when the gold gives a place, the place.
//! - **quotes**: a quote matches a gold quote whose content overlaps it by at least half of
//!   the shorter; speaker accuracy is the share of matched quotes whose speaker is the gold's
//!   (a person or organisation by name, an unnamed source by its words).

use serde::Deserialize;
use serde_json::{json, Value};

use crate::corpus::{wikinews_articles, WikiArticle};
use crate::output::{Analysis, EntityKind};
use crate::text::normalize::key;

#[derive(Debug, Deserialize)]
struct GoldArticle {
    id: String,
    persons: Vec<GoldPerson>,
    events: Vec<GoldEvent>,
    quotes: Vec<GoldQuote>,
}

#[derive(Debug, Deserialize)]
struct GoldPerson {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    roles: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct GoldEvent {
    kind: String,
    #[serde(default)]
    trigger: String,
    #[serde(default)]
    participants: Vec<String>,
    place: Option<String>,
}

#[derive(Debug, Deserialize)]
struct GoldQuote {
    speaker: String,
    paragraph: i64,
    start: usize,
    end: usize,
}

/// The gold file, read from the repository.
fn gold(path: Option<&str>) -> Result<Vec<GoldArticle>, String> {
    super::read_gold::<GoldArticle>("gold/ie/wikinews.json", path)
}

/// The words of a phrase for overlap: folded, clitics and the article off.
pub fn words(s: &str) -> Vec<String> {
    key(s)
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '(' | ')' | '"' | '-' | ':'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.strip_prefix("وال").map(|r| format!("ال{r}")).unwrap_or_else(|| w.to_string());
            let w = w.strip_prefix("لل").map(|r| format!("ال{r}")).unwrap_or(w);
            let w = w.strip_prefix("ال").filter(|r| r.chars().count() >= 2).map(str::to_string).unwrap_or(w);
            w.trim_end_matches('ا').to_string()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// F1 of two phrases' words.
pub fn overlap(a: &str, b: &str) -> f64 {
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let common = wa.iter().filter(|w| wb.contains(w)).count() as f64;
    if common == 0.0 {
        return 0.0;
    }
    let (p, r) = (common / wa.len() as f64, common / wb.len() as f64);
    2.0 * p * r / (p + r)
}

/// Whether a name written in the gold and an entity Mizan found are the same one.
fn same_name(gold: &str, names: &[String]) -> bool {
    let g = key(gold);
    names.iter().any(|n| {
        let k = key(n);
        k == g
            || overlap(&k, &g) >= 0.67
            || k.ends_with(&g) && g.chars().count() >= 4
            || g.ends_with(&k) && k.chars().count() >= 4
    })
}

/// All the ways an entity is written in the analysis.
fn entity_names(a: &Analysis, id: &str) -> Vec<String> {
    a.entities
        .iter()
        .find(|e| e.id == id)
        .map(|e| std::iter::once(e.name.clone()).chain(e.mentions.iter().map(|m| m.text.clone())).collect())
        .unwrap_or_default()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp_pred: usize,
    tp_gold: usize,
    pred: usize,
    gold: usize,
    speaker_right: usize,
    matched: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp_pred += o.tp_pred;
        self.tp_gold += o.tp_gold;
        self.pred += o.pred;
        self.gold += o.gold;
        self.speaker_right += o.speaker_right;
        self.matched += o.matched;
    }
    fn prf(&self) -> (f64, f64, f64) {
        let p = if self.pred > 0 { self.tp_pred as f64 / self.pred as f64 } else { 0.0 };
        let r = if self.gold > 0 { self.tp_gold as f64 / self.gold as f64 } else { 0.0 };
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }
}

fn score_roles(a: &Analysis, g: &GoldArticle, log: &mut Vec<String>) -> Counts {
    let mut c = Counts::default();
    let people: Vec<_> = a.entities.iter().filter(|e| e.kind == EntityKind::Person).collect();
    let mut claimed = vec![false; people.len()];
    for gp in &g.persons {
        c.gold += gp.roles.len();
        let names: Vec<&String> = std::iter::once(&gp.name).chain(&gp.aliases).collect();
        let found = people
            .iter()
            .enumerate()
            .find(|(i, e)| !claimed[*i] && names.iter().any(|n| same_name(n, &entity_names(a, &e.id))));
        let Some((i, e)) = found else {
            if !gp.roles.is_empty() {
                log.push(format!("  person not found: {} {:?}", gp.name, gp.roles));
            }
            continue;
        };
        claimed[i] = true;
        let pred: Vec<&str> = e.roles.iter().filter(|r| r.kind == "title").map(|r| r.title.as_str()).collect();
        c.pred += pred.len();
        let mut used = vec![false; pred.len()];
        let mut missed = Vec::new();
        for gr in &gp.roles {
            let best = pred
                .iter()
                .enumerate()
                .filter(|(k, _)| !used[*k])
                .map(|(k, p)| (k, overlap(p, gr)))
                .max_by(|x, y| x.1.total_cmp(&y.1));
            if let Some((k, o)) = best {
                if o >= 0.5 {
                    used[k] = true;
                    c.tp_gold += 1;
                    c.tp_pred += 1;
                    continue;
                }
            }
            missed.push(gr.as_str());
        }
        let extra: Vec<&str> = pred.iter().zip(&used).filter(|x| !*x.1).map(|x| *x.0).collect();
        if !missed.is_empty() || !extra.is_empty() {
            log.push(format!("  {}: missed {missed:?}; wrong {extra:?}", gp.name));
        }
    }
    // Roles of people the gold does not list.
    for (i, e) in people.iter().enumerate() {
        if !claimed[i] {
            let r: Vec<&str> = e.roles.iter().filter(|r| r.kind == "title").map(|r| r.title.as_str()).collect();
            if !r.is_empty() {
                log.push(format!("  not in gold: {}: {r:?}", e.name));
            }
            c.pred += r.len();
        }
    }
    c
}

/// Person entities against the gold's named persons: a person Mizan found is right when it is
/// one of the gold's (by name or alias) not already claimed, so that one person split into two
/// entities counts one wrong.
fn score_persons(a: &Analysis, g: &GoldArticle, log: &mut Vec<String>) -> Counts {
    let people: Vec<_> = a.entities.iter().filter(|e| e.kind == EntityKind::Person).collect();
    let mut c = Counts { pred: people.len(), gold: g.persons.len(), ..Counts::default() };
    let mut claimed = vec![false; people.len()];
    for gp in &g.persons {
        let names: Vec<&String> = std::iter::once(&gp.name).chain(&gp.aliases).collect();
        let found = people
            .iter()
            .enumerate()
            .find(|(i, e)| !claimed[*i] && names.iter().any(|n| same_name(n, &entity_names(a, &e.id))));
        match found {
            Some((i, _)) => {
                claimed[i] = true;
                c.tp_gold += 1;
                c.tp_pred += 1;
            }
            None => log.push(format!("  missed: {}", gp.name)),
        }
    }
    for (i, e) in people.iter().enumerate() {
        if !claimed[i] {
            log.push(format!("  not a gold person: {}", e.name));
        }
    }
    c
}

fn score_events(a: &Analysis, g: &GoldArticle, log: &mut Vec<String>) -> Counts {
    let mut c = Counts { pred: a.events.len(), gold: g.events.len(), ..Counts::default() };
    let mut used = vec![false; a.events.len()];
    for ge in &g.events {
        let hit = a.events.iter().enumerate().find(|(k, e)| {
            if used[*k] || e.kind != ge.kind {
                return false;
            }
            let parts: Vec<Vec<String>> = e.participants.iter().map(|p| entity_names(a, &p.entity)).collect();
            let shares =
                ge.participants.is_empty() || ge.participants.iter().any(|gp| parts.iter().any(|n| same_name(gp, n)));
            let place_ok = match &ge.place {
                None => true,
                Some(gpl) => e.place.as_ref().is_some_and(|p| same_name(gpl, &entity_names(a, p))),
            };
            shares && place_ok
        });
        if let Some((k, _)) = hit {
            used[k] = true;
            c.tp_gold += 1;
            c.tp_pred += 1;
        } else {
            log.push(format!("  missed {} {:?} at {:?} ({:?})", ge.kind, ge.participants, ge.place, ge.trigger));
        }
    }
    let name = |id: &str| a.entities.iter().find(|e| e.id == id).map_or(String::new(), |e| e.name.clone());
    for (k, e) in a.events.iter().enumerate() {
        let parts: Vec<String> = e.participants.iter().map(|p| name(&p.entity)).collect();
        let place = e.place.as_deref().map(name);
        let mark = if used[k] { "ok" } else { "wrong" };
        log.push(format!("  {mark} {} {parts:?} at {place:?} ({:?})", e.kind, e.trigger.text));
    }
    c
}

fn score_quotes(a: &Analysis, g: &GoldArticle, art: &WikiArticle, log: &mut Vec<String>) -> Counts {
    let text = art.text();
    let short = |s: usize, e: usize| -> String { text.get(s..e).unwrap_or("").chars().take(50).collect() };
    let mut c = Counts { pred: a.quotes.len(), gold: g.quotes.len(), ..Counts::default() };
    let mut used = vec![false; a.quotes.len()];
    for gq in &g.quotes {
        let (gs, ge) = art.byte_span(gq.paragraph, gq.start, gq.end);
        let hit = a.quotes.iter().enumerate().find(|(k, q)| {
            let (qs, qe) = (q.start as usize, q.end as usize);
            let ov = ge.min(qe).saturating_sub(gs.max(qs));
            !used[*k] && ov * 2 >= (ge - gs).min(qe - qs).max(1)
        });
        let Some((k, q)) = hit else {
            log.push(format!("  missed [{}] {}", gq.speaker, short(gs, ge)));
            continue;
        };
        used[k] = true;
        c.tp_gold += 1;
        c.tp_pred += 1;
        c.matched += 1;
        let names: Vec<String> = match (&q.speaker, &q.speaker_text) {
            (Some(id), _) => entity_names(a, id),
            (None, Some(t)) => vec![t.clone()],
            _ => vec![],
        };
        if same_name(&gq.speaker, &names) || names.iter().any(|n| overlap(n, &gq.speaker) >= 0.5) {
            c.speaker_right += 1;
        } else {
            log.push(format!("  speaker [{}] not {:?}: {}", gq.speaker, names.first(), short(gs, ge)));
        }
    }
    for (k, q) in a.quotes.iter().enumerate() {
        if !used[k] {
            let who = q.speaker_text.clone().or_else(|| q.speaker.clone());
            log.push(format!("  wrong [{who:?}] {}", short(q.start as usize, q.end as usize)));
        }
    }
    c
}

/// `mizan eval roles|events|quotes`; with `dev_errors`, the report is followed by the errors
/// on the development split (even ids) only, article by article.
pub fn run(task: &str, gold_path: Option<&str>, dev_errors: bool) -> Result<(String, Value), String> {
    let gold = gold(gold_path)?;
    let arts = wikinews_articles()?;
    let analyzer = crate::Analyzer::default();
    let mut split = [Counts::default(), Counts::default()];
    let mut n = [0usize; 2];
    let mut errors = String::new();
    for g in &gold {
        let Some(art) = arts.iter().find(|a| a.id == g.id) else {
            return Err(format!("article {} of the gold is not in articles.jsonl", g.id));
        };
        let text = art.text();
        let a = analyzer.analyze(&text).map_err(|e| e.to_string())?;
        let mut log = Vec::new();
        let c = match task {
            "roles" => score_roles(&a, g, &mut log),
            "events" => score_events(&a, g, &mut log),
            "persons" => score_persons(&a, g, &mut log),
            _ => score_quotes(&a, g, art, &mut log),
        };
        let num: usize = g.id.rsplit('-').next().and_then(|x| x.parse().ok()).unwrap_or(0);
        let s = num % 2;
        if dev_errors && s == 0 && !log.is_empty() {
            errors.push_str(&format!("{}\n{}\n", g.id, log.join("\n")));
        }
        split[s].add(c);
        n[s] += 1;
    }
    let mut all = split[0];
    all.add(split[1]);
    let source = gold_path.unwrap_or("gold/ie/wikinews.json");
    let mut report = format!("{task} (gold: {} Wikinews articles in {source}, docs/annotation.md)\n", gold.len());
    let mut json = serde_json::Map::new();
    json.insert("task".into(), json!(task));
    for (name, c, k) in [("dev", split[0], n[0]), ("test", split[1], n[1]), ("all", all, n[0] + n[1])] {
        let (p, r, f) = c.prf();
        report.push_str(&format!(
            "  {name:<4} ({k:2} articles): P {p:.3}  R {r:.3}  F1 {f:.3}  ({} predicted, {} gold)",
            c.pred, c.gold
        ));
        let mut o = json!({"p": p, "r": r, "f1": f, "articles": k, "predicted": c.pred, "gold": c.gold});
        if task == "quotes" {
            let acc = if c.matched > 0 { c.speaker_right as f64 / c.matched as f64 } else { 0.0 };
            report.push_str(&format!("  speaker accuracy {acc:.3} ({} of {})", c.speaker_right, c.matched));
            o["speaker_accuracy"] = json!(acc);
        }
        report.push('\n');
        json.insert(name.into(), o);
    }
    if dev_errors {
        report.push_str("\ndev errors:\n");
        report.push_str(&errors);
    }
    Ok((report, Value::Object(json)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_overlap_ignores_clitics_and_case_endings() {
        assert!(overlap("الممثل الخاص للرئيس الروسي", "الممثل الخاص للرئيس الروسي للاستثمار") > 0.8);
        assert!(overlap("أمينا عاما للمنظمة", "الأمين العام للمنظمة") >= 0.5);
        assert_eq!(overlap("الرئيس الروسي", "وزير الخارجية"), 0.0);
    }
}
