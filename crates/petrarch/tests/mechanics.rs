//! Coder mechanics over a small dictionary set written for these tests.

use proptest::prelude::*;
use warta_petrarch::{dict, CodeOptions, PetrarchDicts};

const ACTORS: &str = "\
# invented states
VALORIA_ [VAL]
+VALORIAN
KESTREL [KES]
+KESTRELI
NORTHMARK [NMK]
UNITED_STATES [USA]
+U.S.
BRAM_TOLLER
\t[VALREB <20000101]
\t[VALGOV 20000101-20051231]
\t[VALELI >20060101]
THE_LEAGUE [LGE/ALL]
KESTREL RADIO [KESRAD]
NORTHMARK_TIMES [NMKMED]
";

const AGENTS: &str = "\
!PERSON! = MAN, MEN
SOLDIER [~MIL]
GOVERNMENT [~GOV]
FOREIGN_MINISTER [~GOVFRM]
POLICE {} [~COP]
MILITIA!PERSON! [~REB]
CHARITY {} [AID~]
OFFICIAL [~GOV]
";

const VERBS: &str = "\
&MONEY
+CROWNS
+GOLD MARKS

--- ATTACK [190] ---
ATTACK
- * WITH ROCKETS [195]

--- CONDEMN [122] ---
CONDEMN
- STRONGLY * [123]

--- FIGHT [190] ---
FIGHT {FOUGHT FIGHTS FIGHTING}

--- MEET [031:031] ---
MEET {MET}

--- SEND [---] ---
SEND {SENT}
- * &MONEY [071]
- * AID_TO + [073]
- * TROOPS [180]

--- HOST [---] ---
HOST
- + HOSTED * TALKS WITH $ [042]
- * TALKS AT ^ WITH + [043]

--- HELP [070] ---
HELP
- NOT * [120]

--- SAY [023] ---
SAY {SAID SAYS}

--- ACCUSE [112] ---
ACCUSE
- * OF TREASON|SPYING [111]
";

const DISCARDS: &str = "CUP FINAL\n+FOOTBALL\n";

fn dicts() -> PetrarchDicts {
    PetrarchDicts::from_texts(ACTORS, AGENTS, VERBS, DISCARDS).expect("test dictionaries load")
}

fn code(text: &str) -> Vec<(String, String, String)> {
    code_on(text, "2010-06-01", &CodeOptions::default())
}

fn code_on(text: &str, date: &str, o: &CodeOptions) -> Vec<(String, String, String)> {
    let mut v: Vec<_> = dicts()
        .code_sentence_with(text, warta_core::parse_date(date), o)
        .into_iter()
        .map(|e| (e.source, e.target, e.code))
        .collect();
    v.sort();
    v
}

fn ev(s: &str, t: &str, c: &str) -> (String, String, String) {
    (s.into(), t.into(), c.into())
}

#[test]
fn source_verb_target() {
    assert_eq!(
        code("Valoria attacked Kestrel on Monday."),
        vec![ev("VAL", "KES", "190")]
    );
    assert_eq!(code("Kestreli troops attack Northmark."), vec![ev("KES", "NMK", "190")]);
}

#[test]
fn inflections_regular_and_listed() {
    for v in ["attacks", "attacked", "attacking"] {
        assert_eq!(
            code(&format!("Valoria {v} Kestrel.")),
            vec![ev("VAL", "KES", "190")],
            "{v}"
        );
    }
    assert_eq!(code("Valoria fought Kestrel."), vec![ev("VAL", "KES", "190")]);
    assert!(code("Valoria attackx Kestrel.").is_empty());
    assert!(code("Valoria attackes Kestrel.").is_empty());
}

#[test]
fn agents_attach_to_actors() {
    assert_eq!(
        code("Valorian soldiers attacked the Kestrel government."),
        vec![ev("VALMIL", "KESGOV", "190")]
    );
    assert_eq!(
        code("Kestrel's foreign minister condemned Valoria."),
        vec![ev("KESGOVFRM", "VAL", "122")]
    );
    assert_eq!(
        code("Soldiers from Kestrel attacked Northmark."),
        vec![ev("KESMIL", "NMK", "190")]
    );
    // A prefix agent, a macro form, and an agent with no plural.
    assert_eq!(
        code("Charity Valoria condemned Kestrel."),
        vec![ev("AIDVAL", "KES", "122")]
    );
    assert_eq!(
        code("Kestrel militiamen attacked Northmark."),
        vec![ev("KESREB", "NMK", "190")]
    );
    assert_eq!(
        code("Valoria condemned Kestrel's polices."),
        vec![ev("VAL", "KES", "122")]
    );
    // An agent alone is an unknown actor with a role.
    assert_eq!(
        code("Police attacked Kestreli soldiers."),
        vec![ev("---COP", "KESMIL", "190")]
    );
    // The redundant agent is not appended twice.
    assert_eq!(
        code("The Valoria government officials condemned Kestrel."),
        vec![ev("VALGOV", "KES", "122")]
    );
}

#[test]
fn a_second_actor_after_a_verb_like_word_is_a_new_phrase() {
    // `engaged` is not a dictionary verb here, but it still separates the two phrases.
    let m = dicts().actors_in("Kestreli soldiers engaged Valorian police at dawn.", None);
    let codes: Vec<&str> = m.iter().map(|x| x.code.as_str()).collect();
    assert_eq!(codes, vec!["KESMIL", "VALCOP"]);
}

#[test]
fn blank_joined_actor_words_may_be_apart() {
    let codes = |t: &str| -> Vec<String> { dicts().actors_in(t, None).into_iter().map(|m| m.code).collect() };
    assert_eq!(codes("Kestrel state-run radio said so."), vec!["KESRAD"]);
    assert_eq!(codes("Kestrel radio said so."), vec!["KESRAD"]);
    // `_` joins adjacent words only; capitalized words and function words fill no blank.
    assert_eq!(codes("Northmark daily times said so."), vec!["NMK"]);
    assert_eq!(codes("Kestrel and Valoria radio said so."), vec!["KES", "VAL"]);
}

#[test]
fn abbreviations_stay_one_token() {
    assert_eq!(code("The U.S. condemned Northmark."), vec![ev("USA", "NMK", "122")]);
}

#[test]
fn actor_codes_follow_the_date() {
    let o = CodeOptions::default();
    assert_eq!(
        code_on("Bram Toller attacked Kestrel.", "1999-12-31", &o),
        vec![ev("VALREB", "KES", "190")]
    );
    assert_eq!(
        code_on("Bram Toller attacked Kestrel.", "2000-01-01", &o),
        vec![ev("VALGOV", "KES", "190")]
    );
    assert_eq!(
        code_on("Bram Toller attacked Kestrel.", "2005-12-31", &o),
        vec![ev("VALGOV", "KES", "190")]
    );
    assert_eq!(
        code_on("Bram Toller attacked Kestrel.", "2012-01-01", &o),
        vec![ev("VALELI", "KES", "190")]
    );
}

#[test]
fn patterns_choose_the_code() {
    assert_eq!(
        code("Valoria attacked Kestrel with rockets."),
        vec![ev("VAL", "KES", "195")]
    );
    assert_eq!(
        code("Valoria strongly condemned Kestrel."),
        vec![ev("VAL", "KES", "123")]
    );
    // A synset, one- and two-word members.
    assert_eq!(code("Valoria sent crowns to Kestrel."), vec![ev("VAL", "KES", "071")]);
    assert_eq!(
        code("Valoria sent gold marks to Kestrel."),
        vec![ev("VAL", "KES", "071")]
    );
    // A null-coded verb codes only through a pattern.
    assert!(code("Valoria sent letters to Kestrel.").is_empty());
    // `_` needs adjacency, a blank does not.
    assert_eq!(code("Valoria sent aid to Northmark."), vec![ev("VAL", "NMK", "073")]);
    assert_eq!(
        code("Valoria sent more troops to Northmark."),
        vec![ev("VAL", "NMK", "180")]
    );
    // `+` before the verb and `$` after it set the roles; `^` skips a phrase.
    assert_eq!(
        code("Kestrel hosted Northmark to host talks with Valoria."),
        vec![ev("VAL", "KES", "042")]
    );
    assert_eq!(
        code("Valoria will host talks at Northmark with Kestrel."),
        vec![ev("VAL", "KES", "043")]
    );
}

#[test]
fn alternatives_in_a_pattern_word() {
    assert_eq!(
        code("Valoria accused Kestrel of spying."),
        vec![ev("VAL", "KES", "111")]
    );
    assert_eq!(
        code("Valoria accused Kestrel of treason."),
        vec![ev("VAL", "KES", "111")]
    );
    assert_eq!(code("Valoria accused Kestrel of theft."), vec![ev("VAL", "KES", "112")]);
}

#[test]
fn new_actors_from_unknown_names() {
    let text = "Ostmark's chancellor attacked the Port of Lune.";
    let mut o = CodeOptions {
        new_actor_length: 4,
        ..CodeOptions::default()
    };
    assert_eq!(
        code_on(text, "2010-01-01", &o),
        vec![ev("\"OSTMARK CHANCELLOR\"", "\"THE PORT OF LUNE\"", "190")]
    );
    // Too long a name is no actor; off by default.
    o.new_actor_length = 3;
    assert!(code_on(text, "2010-01-01", &o).is_empty());
    assert!(code(text).is_empty());
    o.new_actor_length = 4;
    assert_eq!(
        code_on("Ostmark's chancellor attacked Kestrel.", "2010-01-01", &o),
        vec![ev("\"OSTMARK CHANCELLOR\"", "KES", "190")]
    );
}

#[test]
fn passive_swaps_roles() {
    assert_eq!(code("Kestrel was attacked by Valoria."), vec![ev("VAL", "KES", "190")]);
    assert_eq!(
        code("Kestrel was fiercely attacked by Valorian soldiers."),
        vec![ev("VALMIL", "KES", "190")]
    );
}

#[test]
fn compounds_give_one_event_per_member() {
    assert_eq!(
        code("Valoria and Kestrel attacked Northmark."),
        vec![ev("KES", "NMK", "190"), ev("VAL", "NMK", "190")]
    );
    assert_eq!(
        code("Northmark condemned Valoria, Kestrel and the United States."),
        vec![
            ev("NMK", "KES", "122"),
            ev("NMK", "USA", "122"),
            ev("NMK", "VAL", "122")
        ]
    );
    // A paired code with a compound and no target: both directions.
    assert_eq!(
        code("Valoria and Kestrel met on Monday."),
        vec![ev("KES", "VAL", "031"), ev("VAL", "KES", "031")]
    );
    // An agent carried across a compound actor.
    assert_eq!(
        code("Soldiers from Valoria and Kestrel attacked Northmark."),
        vec![ev("KESMIL", "NMK", "190"), ev("VALMIL", "NMK", "190")]
    );
    // A code naming several actors.
    assert_eq!(
        code("The League condemned Kestrel."),
        vec![ev("ALL", "KES", "122"), ev("LGE", "KES", "122")]
    );
}

#[test]
fn negation_blocks_the_default_event() {
    assert!(code("Valoria did not attack Kestrel.").is_empty());
    assert!(code("Valoria didn't attack Kestrel.").is_empty());
    assert!(code("Valoria never attacked Kestrel.").is_empty());
    // ...unless a pattern codes the negated form.
    assert_eq!(code("Valoria will not help Kestrel."), vec![ev("VAL", "KES", "120")]);
}

#[test]
fn nouns_are_not_verbs() {
    assert_eq!(
        code("Valoria condemned an attack by Kestrel."),
        vec![ev("VAL", "KES", "122")]
    );
}

#[test]
fn conjoined_verbs_share_the_source() {
    assert_eq!(
        code("Valoria condemned Kestrel on Monday and attacked Northmark."),
        vec![ev("VAL", "KES", "122"), ev("VAL", "NMK", "190")]
    );
}

#[test]
fn comma_asides_and_reporting_clauses() {
    assert_eq!(
        code("Valoria, a small state on the coast, attacked Kestrel."),
        vec![ev("VAL", "KES", "190")]
    );
    // The reporting clause is its own clause: its actor is not the attack's target.
    assert_eq!(
        code("Valoria attacked the border town again, a Kestrel official said."),
        Vec::<(String, String, String)>::new()
    );
    let o = CodeOptions {
        require_dyad: false,
        comma_emax: 0,
        ..CodeOptions::default()
    };
    assert_eq!(
        code_on(
            "Valoria attacked the border town, a Kestrel official said on Monday.",
            "2010-01-01",
            &o
        ),
        vec![ev("KESGOV", "---", "023"), ev("VAL", "---", "190")]
    );
}

#[test]
fn require_dyad_option() {
    assert!(code("Valoria condemned the decision.").is_empty());
    let o = CodeOptions {
        require_dyad: false,
        ..CodeOptions::default()
    };
    assert_eq!(
        code_on("Valoria condemned the decision.", "2010-01-01", &o),
        vec![ev("VAL", "---", "122")]
    );
}

#[test]
fn discards_and_bad_input_give_nothing() {
    assert!(code("Valoria attacked Kestrel before the cup final.").is_empty());
    assert!(code("Valoria attacked Kestrel after the football match.").is_empty());
    use warta_petrarch::DiscardKind;
    assert_eq!(dicts().discard("A football match."), Some(DiscardKind::Story));
    assert_eq!(
        dicts().discard("The cup final, then football."),
        Some(DiscardKind::Story)
    );
    assert_eq!(dicts().discard("The cup final."), Some(DiscardKind::Sentence));
    assert_eq!(dicts().discard("The final cup."), None);
    assert!(code("VALORIA CITY: -- Valoria attacked Kestrel.").is_empty());
    // A plain dateline is dropped and the sentence coded.
    assert_eq!(
        code("NORTHMARK: Valoria attacked Kestrel."),
        vec![ev("VAL", "KES", "190")]
    );
    assert!(code("").is_empty());
    assert!(code(",,, ;; --").is_empty());
}

#[test]
fn event_carries_texts_and_verb_span() {
    let text = "Valorian soldiers attacked the Kestrel government.";
    let e = &dicts().code_sentence(text, None)[0];
    assert_eq!(&text[e.verb.0..e.verb.1], "attacked");
    assert_eq!(e.source_text, "Valorian soldiers");
    assert_eq!(e.target_text, "Kestrel government");
}

#[test]
fn actor_mentions() {
    let m = dicts().actors_in("Soldiers from Valoria and Kestrel met the Northmark government.", None);
    let codes: Vec<&str> = m.iter().map(|x| x.code.as_str()).collect();
    assert_eq!(codes, vec!["VALMIL", "KESMIL", "NMKGOV"]);
    assert_eq!(m[2].text, "Northmark government");
}

#[test]
fn options_by_config_name() {
    let mut o = CodeOptions::default();
    o.set("require_dyad", "FALSE").unwrap();
    o.set("comma_emax", "6").unwrap();
    assert!(!o.require_dyad);
    assert_eq!(o.comma_emax, 6);
    assert!(o.set("comma_max", "x").is_err());
    assert!(o.set("nope", "1").is_err());
}

#[test]
fn load_dir_reads_files_by_name_and_reports_file_line() {
    let dir = std::env::temp_dir().join(format!("warta-petrarch-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("My.actors.txt"), ACTORS).unwrap();
    std::fs::write(dir.join("My.agents.txt"), AGENTS).unwrap();
    std::fs::write(dir.join("My.verbs.txt"), VERBS).unwrap();
    std::fs::write(dir.join("My.discards.txt"), DISCARDS).unwrap();
    let d = PetrarchDicts::load_dir(&dir).unwrap();
    assert_eq!(d.code_sentence("Valoria attacked Kestrel.", None).len(), 1);
    std::fs::write(dir.join("My.verbs.txt"), "--- X [1] ---\nX\n- X [2]\n").unwrap();
    let e = PetrarchDicts::load_dir(&dir).unwrap_err().to_string();
    assert!(
        e.ends_with("My.verbs.txt:3: pattern needs exactly one `*` (the verb), found 0"),
        "{e}"
    );
    // Actor files are read leniently: a bad date is skipped and reported.
    std::fs::write(dir.join("My.verbs.txt"), VERBS).unwrap();
    std::fs::write(dir.join("Other.actors.txt"), "OSTMARK [OST 9912345]\n").unwrap();
    let d = PetrarchDicts::load_dir(&dir).unwrap();
    assert_eq!(d.warnings.len(), 1, "{:?}", d.warnings);
    assert!(
        d.warnings[0].contains("Other.actors.txt:1: bad date"),
        "{:?}",
        d.warnings
    );
    std::fs::remove_dir_all(&dir).ok();
}

proptest! {
    #[test]
    fn loaders_never_panic(s in "\\PC{0,200}") {
        let _ = dict::parse_actors("p", &s);
        let _ = dict::parse_agents("p", &s);
        let _ = dict::parse_verbs("p", &s);
        let _ = dict::parse_discards("p", &s);
        let mut w = Vec::new();
        let _ = dict::parse_actors_lenient("p", &s, &mut w);
        let _ = dict::parse_agents_lenient("p", &s, &mut w);
    }

    #[test]
    fn loaders_never_panic_on_format_like_lines(
        lines in proptest::collection::vec("[-+&!\\[\\]{}<>~_*$%^#|@: A-Z0-9\t]{0,30}", 0..12)
    ) {
        let s = lines.join("\n");
        for r in [dict::parse_actors("p", &s).err(), dict::parse_agents("p", &s).err(), dict::parse_verbs("p", &s).err()]
            .into_iter()
            .flatten()
        {
            prop_assert!(r.to_string().starts_with("p:"), "{}", r);
        }
        let _ = dict::parse_discards("p", &s);
    }

    #[test]
    fn coder_never_panics(s in "\\PC{0,300}") {
        let d = dicts();
        let _ = d.code_sentence(&s, None);
    }
}
