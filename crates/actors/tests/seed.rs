//! The seed article (read from ../shared, skipped when absent): its PERSON and ORG entities
//! with their actor codes, and the actor mentions of its key phrases, found by the actor
//! stage over the text stage's sentences.

use std::path::PathBuf;
use warta_actors::{ActorContext, ActorDict, SentenceActors};
use warta_core::{parse_date, EntityType, Lang};

fn shared() -> PathBuf {
    match std::env::var_os("WARTA_SHARED") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared"),
    }
}

fn code_seed() -> Option<(Vec<(String, SentenceActors)>, serde_json::Value)> {
    let dir = shared().join("eval/seed");
    let (Ok(input), Ok(gold)) = (
        std::fs::read_to_string(dir.join("antara-2015-11-18.jsonl")),
        std::fs::read_to_string(dir.join("antara-2015-11-18.gold.json")),
    ) else {
        eprintln!("SKIP: seed article not found under {}", dir.display());
        return None;
    };
    let doc: serde_json::Value = serde_json::from_str(input.lines().next()?).ok()?;
    let gold: serde_json::Value = serde_json::from_str(&gold).ok()?;
    let text = doc["text"].as_str()?;
    let date = parse_date(doc["published"].as_str()?);
    let cleaned = warta_text::clean(text);
    let dict = ActorDict::embedded();
    let mut ctx = ActorContext::default();
    let out = warta_text::segment(&cleaned.body, &Lang::Id)
        .iter()
        .map(|s| (s.text.clone(), dict.find(s, &Lang::Id, date, &mut ctx)))
        .collect();
    Some((out, gold))
}

#[test]
fn seed_entities_and_actor_codes() {
    let Some((sents, gold)) = code_seed() else { return };
    let ents: Vec<(String, EntityType, Option<String>)> = sents
        .iter()
        .flat_map(|(_, r)| {
            r.entities
                .iter()
                .map(|e| (e.text.to_lowercase(), e.kind, e.actor.clone()))
        })
        .collect();
    assert!(
        ents.iter().all(|e| e.1 != EntityType::Loc),
        "the actor stage emits no LOC entity"
    );
    let mut missing = Vec::new();
    for g in gold["entities"].as_array().expect("gold entities") {
        let kind = match g["type"].as_str() {
            Some("PERSON") => EntityType::Person,
            Some("ORG") => EntityType::Org,
            _ => continue,
        };
        if g["optional"].as_bool() == Some(true) {
            continue;
        }
        let text = g["text"].as_str().unwrap_or("").to_lowercase();
        let actor = g["actor"].as_str().map(str::to_string);
        if !ents.iter().any(|e| e.0 == text && e.1 == kind && e.2 == actor) {
            missing.push(format!("{text} {kind:?} {actor:?}"));
        }
    }
    assert!(
        missing.is_empty(),
        "gold entities not found: {missing:?}\nfound: {ents:?}"
    );
}

#[test]
fn seed_key_mentions() {
    let Some((sents, _)) = code_seed() else { return };
    let codes_of = |needle: &str| -> Vec<String> {
        let (_, r) = sents
            .iter()
            .find(|(t, _)| t.contains(needle))
            .unwrap_or_else(|| panic!("no sentence with `{needle}`"));
        r.mentions.iter().map(|m| format!("{}={}", m.text, m.code)).collect()
    };
    let has = |needle: &str, want: &str| {
        let got = codes_of(needle);
        assert!(got.iter().any(|g| g == want), "`{needle}`: want {want}, got {got:?}");
    };
    has("Prancis dan Rusia membom", "Prancis=FRA");
    has("Prancis dan Rusia membom", "Rusia=RUS");
    has(
        "Bomber-bomber",
        "Bomber-bomber jarak jauh dan peluru kendali Rusia=RUSMIL",
    );
    has("Bomber-bomber", "pesawat tempur-pesawat tempur Prancis=FRAMIL");
    has("Paris dan Moskow", "Paris=FRA");
    has("Paris dan Moskow", "Moskow=RUS");
    has("Paris dan Moskow", "Presiden Prancis Francois Hollande=FRAGOV");
    has("Kremlin mengungkapkan", "Kremlin=RUSGOV");
    has("Kremlin mengungkapkan", "Hollande=FRAGOV");
    has("Kremlin mengungkapkan", "angkatan laut Rusia=RUSMIL");
    has(
        "Jean-Yves Le Drian",
        "Menteri Pertahanan Prancis Jean-Yves Le Drian=FRAGOV",
    );
    has("Barack Obama", "Presiden AS Barack Obama=USAGOV");
    has("Hassan Rouhani", "Presiden Iran Hassan Rouhani=IRNGOV");
    has("Uni Eropa untuk", "Uni Eropa=IGOEUREEC");
    has("Uni Eropa untuk", "Le Drian=FRAGOV");
    // `di Washington`, `ke Paris`, `di Paris` and the dateline's `Paris` are places, not actors.
    let count = |needle: &str, prefix: &str| codes_of(needle).iter().filter(|g| g.starts_with(prefix)).count();
    assert_eq!(count("Barack Obama", "Washington="), 0);
    assert_eq!(count("pembantaian terkoordinasi", "Paris="), 0);
    assert_eq!(
        count("serangan teror di Paris", "Paris="),
        1,
        "only the subject `Paris dan Moskow`"
    );
}
