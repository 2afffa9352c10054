//! The pipeline's function words (`dictionaries/text/pipeline_words.tsv`), by class.

use rustc_hash::{FxHashMap, FxHashSet};

/// The words of one class, in file order.
pub(crate) fn of(class: &str) -> Vec<&'static str> {
    include_str!("../../../dictionaries/text/pipeline_words.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .filter(|(c, _)| *c == class)
        .map(|(_, w)| w)
        .collect()
}

/// The phrases of one class, each split into its words (for matching at every token).
pub(crate) fn phrases(class: &str) -> Vec<Vec<&'static str>> {
    of(class).into_iter().map(|p| p.split_whitespace().collect()).collect()
}

/// The words of one class as a set: one hash look-up per token instead of a scan of the list
/// (for lists tried at every token of a sentence).
pub(crate) struct WordSet(FxHashSet<&'static str>);

impl WordSet {
    pub(crate) fn of(class: &str) -> Self {
        WordSet(of(class).into_iter().collect())
    }
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

/// The phrases of one class indexed by their first word: finding the phrase at a token costs
/// one hash look-up of the token's word, and the phrases starting with it are compared in file
/// order, so the first of the list to match is found as a scan of the whole list finds it.
pub(crate) struct PhraseIndex {
    phrases: Vec<Vec<&'static str>>,
    by_first: FxHashMap<&'static str, Vec<usize>>,
    longest: usize,
}

impl PhraseIndex {
    pub(crate) fn of(class: &str) -> Self {
        let phrases = phrases(class);
        let mut by_first: FxHashMap<&'static str, Vec<usize>> = FxHashMap::default();
        for (n, p) in phrases.iter().enumerate() {
            if let Some(first) = p.first() {
                by_first.entry(first).or_default().push(n);
            }
        }
        let longest = phrases.iter().map(Vec::len).max().unwrap_or(0);
        PhraseIndex {
            phrases,
            by_first,
            longest,
        }
    }

    /// The number of words of the longest phrase (0 for an empty class).
    pub(crate) fn longest(&self) -> usize {
        self.longest
    }

    /// The length in words of the first phrase (in file order) that starts at token `i`, where
    /// `word(k)` is token `k`'s normalized word.
    pub(crate) fn len_at<'w>(&self, word: impl Fn(usize) -> Option<&'w str>, i: usize) -> Option<usize> {
        let cands = self.by_first.get(word(i)?)?;
        cands
            .iter()
            .map(|&n| &self.phrases[n])
            .find(|p| p.iter().enumerate().skip(1).all(|(n, w)| word(i + n) == Some(*w)))
            .map(Vec::len)
    }
}

#[cfg(test)]
mod tests {

    /// The scan the index replaced: the first phrase of the list whose words all match from `i`.
    fn scan_len_at<'w>(word: impl Fn(usize) -> Option<&'w str>, i: usize, list: &[Vec<&str>]) -> Option<usize> {
        list.iter()
            .find(|p| !p.is_empty() && p.iter().enumerate().all(|(n, w)| word(i + n) == Some(*w)))
            .map(Vec::len)
    }

    #[test]
    fn the_phrase_index_finds_what_the_scan_found() {
        let classes = [
            "dating.occurred",
            "places.occurred",
            "precision.hazards",
            "precision.sport_words",
        ];
        // Tricky sentences: every phrase alone, cut before its last word, at a sentence's end,
        // with its second word changed, capitalized, doubled; phrases sharing a first word (`took
        // place`, `took`), a first word alone, empty words and punctuation.
        let mut sentences: Vec<Vec<String>> = vec![
            vec![],
            vec![String::new()],
            vec!["took".into()],
            vec!["took".into(), "place".into(), "on".into()],
            vec!["the".into(), "attack".into(), "took".into(), "over".into()],
            vec![",".into(), "took".into(), ",".into(), "place".into()],
            vec!["Took".into(), "place".into()],
            vec!["heavy".into(), "heavy".into(), "rain".into()],
        ];
        for class in classes {
            for p in super::phrases(class) {
                let words: Vec<String> = p.iter().map(|w| w.to_string()).collect();
                sentences.push(words.clone());
                sentences.push(words[..words.len() - 1].to_vec());
                sentences.push([vec!["then".to_string()], words.clone(), vec![".".into()]].concat());
                sentences.push([words.clone(), words.clone()].concat());
                if words.len() > 1 {
                    let mut other = words.clone();
                    other[1].push('x');
                    sentences.push(other);
                }
                let mut upper = words.clone();
                upper[0] = upper[0].to_uppercase();
                sentences.push(upper);
            }
        }
        let mut found = 0;
        for class in classes {
            let list = super::phrases(class);
            let index = super::PhraseIndex::of(class);
            assert_eq!(index.longest(), list.iter().map(Vec::len).max().unwrap_or(0), "{class}");
            for s in &sentences {
                let word = |k: usize| s.get(k).map(String::as_str);
                for i in 0..=s.len() + 1 {
                    let want = scan_len_at(word, i, &list);
                    assert_eq!(index.len_at(word, i), want, "{class} {s:?} at {i}");
                    found += usize::from(want.is_some());
                }
            }
        }
        // (the inputs do reach phrases; and a word that starts none is no phrase)
        assert!(found > 100, "{found}");
        let took = super::PhraseIndex::of("dating.occurred");
        assert_eq!(took.len_at(|k| ["took", "over"].get(k).copied(), 0), None);
    }

    #[test]
    fn a_word_set_holds_the_words_of_its_list() {
        for class in ["dating.settings", "dating.en_reporting", "dating.en_noun_determiners"] {
            let list = super::of(class);
            let set = super::WordSet::of(class);
            for w in &list {
                assert!(set.contains(w), "{class} {w}");
                assert!(!set.contains(&w.to_uppercase()) || list.contains(&w.to_uppercase().as_str()));
                assert_eq!(set.contains(&format!("{w}s")), list.contains(&format!("{w}s").as_str()));
            }
            assert!(!set.contains("") && !set.contains("no-such-word"), "{class}");
        }
    }
    #[test]
    fn every_class_named_in_the_code_has_words() {
        for class in [
            "coref.speech_verbs",
            "dating.time_introducers",
            "pipeline.year_introducers",
            "places.region_nouns",
            "places.town_nouns",
            "places.id_prepositions",
            "places.en_prepositions",
            "places.demonstratives",
            "places.not_placed_nouns",
            "places.list_links",
            "places.en_about",
            "places.id_about",
            "places.attack_nouns",
            "places.attack_verbs",
            "places.destination_prepositions",
            "places.not_of_destination",
            "places.not_of_destination_en",
            "places.aside_openers",
            "places.flag_nouns",
            "places.occurred",
            "places.happening_nouns",
            "coref.group_possessives",
            "coref.person_possessives",
            "coref.speaker_possessions",
            "coref.reflexive_markers",
            "pipeline.holding_participles",
            "pipeline.holding_prepositions",
            "coref.object_person_pronouns",
            "coref.private_person_agents",
            "dating.settings",
            "dating.perfect",
            "dating.demonstratives",
            "dating.continues",
            "dating.occurred",
            "dating.since",
            "dating.earlier",
            "dating.passive_aux",
            "dating.agent_markers",
            "dating.conveying",
            "precision.hazards",
            "precision.sport_words",
            "precision.hazard_links",
        ] {
            assert!(!super::of(class).is_empty(), "{class}");
        }
        assert!(super::of("no.such.class").is_empty());
    }
}
