//! The pipeline's function words (`dictionaries/text/pipeline_words.tsv`), by class.

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

/// The length in words of the first of `list`'s phrases that starts at token `i`, where
/// `word(k)` is token `k`'s normalized word.
pub(crate) fn phrase_len_at<'w>(
    word: impl Fn(usize) -> Option<&'w str>,
    i: usize,
    list: &[Vec<&str>],
) -> Option<usize> {
    list.iter()
        .find(|p| !p.is_empty() && p.iter().enumerate().all(|(n, w)| word(i + n) == Some(*w)))
        .map(Vec::len)
}

#[cfg(test)]
mod tests {
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
            "places.destination_prepositions",
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
            "precision.hazards",
            "precision.sport_words",
            "precision.hazard_links",
        ] {
            assert!(!super::of(class).is_empty(), "{class}");
        }
        assert!(super::of("no.such.class").is_empty());
    }
}
