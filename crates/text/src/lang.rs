//! Language identification for whole documents.
//!
//! Indonesian and English are decided by function-word evidence (dictionaries/text/stopwords_*.txt), which is
//! reliable on a few hundred words and costs one hash look-up a word. Text where neither dominates goes to
//! `whatlang` (trigram models of 69 languages), whose answer is reported as `Lang::Other` with an ISO 639-1 code
//! where one exists. Malay: `whatlang` has no Malay model, and Malay shares most function words with Indonesian, so
//! Malay is told apart by marker words (`kerana`, `selepas`, `kerajaan`… against `karena`, `setelah`,
//! `pemerintah`…): clearly Malay text is reported as `ms` (not coded); mixed or unclear text stays `id`.

use crate::data::{with_ascii_lower, DATA, LW_HEAD_EN, LW_HEAD_ID, LW_MARK_ID, LW_MARK_MS, LW_STOP_EN, LW_STOP_ID};
use crate::LangGuess;
use warta_core::Lang;

/// Only the start of a document is read: enough words for a stable decision, constant cost on long documents.
const SAMPLE_BYTES: usize = 4096;

fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[derive(Debug, Default)]
struct Counts {
    words: usize,
    id: usize,
    en: usize,
    ms_mark: usize,
    id_mark: usize,
    /// Headline content words (`warns`, `tewas`): evidence on short texts only.
    head_id: usize,
    head_en: usize,
    latin_letters: usize,
    other_letters: usize,
}

fn count(text: &str) -> Counts {
    let mut c = Counts::default();
    for w in text.split(|ch: char| !ch.is_alphabetic()) {
        if w.is_empty() {
            continue;
        }
        if w.is_ascii() {
            c.latin_letters += w.len();
        } else {
            for ch in w.chars() {
                if ch.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&ch) {
                    c.latin_letters += 1;
                } else {
                    c.other_letters += 1;
                }
            }
        }
        c.words += 1;
        if w.len() > 16 {
            continue;
        }
        let flags = with_ascii_lower(w, |lw| DATA.lang_words.get(lw).copied().unwrap_or(0));
        if flags != 0 {
            c.id += usize::from(flags & LW_STOP_ID != 0);
            c.en += usize::from(flags & LW_STOP_EN != 0);
            c.ms_mark += usize::from(flags & LW_MARK_MS != 0);
            c.id_mark += usize::from(flags & LW_MARK_ID != 0);
            c.head_id += usize::from(flags & LW_HEAD_ID != 0);
            c.head_en += usize::from(flags & LW_HEAD_EN != 0);
        }
    }
    c
}

fn iso1(code3: &str) -> String {
    DATA.iso639
        .get(code3)
        .map_or_else(|| code3.to_string(), |c| c.to_string())
}

/// id / en / other for a whole document.
pub(crate) fn detect_language(text: &str) -> LangGuess {
    let s = sample(text);
    let c = count(s);
    if c.words == 0 {
        // Nothing to go on: Indonesian (warta's main language) with no confidence.
        return LangGuess {
            lang: Lang::Id,
            confidence: 0.0,
        };
    }
    let n = c.words as f64;
    let (id, en) = (c.id as f64 / n, c.en as f64 / n);
    let mostly_latin = c.other_letters * 2 < c.latin_letters.max(1);
    if mostly_latin {
        // Function words make up a quarter to a third of running news text in either language.
        let (best, other, lang) = if id >= en {
            (id, en, Lang::Id)
        } else {
            (en, id, Lang::En)
        };
        let enough = best >= 0.08 && best >= 2.0 * other && c.words >= 12;
        if enough {
            let confidence = (0.5 + 2.0 * (best - other)).clamp(0.05, 1.0);
            // Weak evidence: let the trigram model veto (Dutch `in`, `is`, `was` look English).
            if best < 0.15 && c.words >= 12 {
                if let Some(info) = whatlang::detect(s) {
                    let code = info.lang().code();
                    if info.is_reliable() && !matches!(code, "eng" | "ind" | "jav" | "tgl") {
                        return LangGuess {
                            lang: Lang::Other(iso1(code)),
                            confidence: info.confidence(),
                        };
                    }
                }
            }
            if lang == Lang::Id && c.ms_mark >= 3 && c.ms_mark > 2 * c.id_mark {
                let total = (c.ms_mark + c.id_mark) as f64;
                return LangGuess {
                    lang: Lang::Other("ms".into()),
                    confidence: (c.ms_mark as f64 / total).clamp(0.5, 1.0),
                };
            }
            return LangGuess { lang, confidence };
        }
    }
    // A headline or a one-line text (`Israel bombs Gaza hospital`) often has no function word,
    // and trigram models guess wildly on a few words (Turkmen, Danish): in Latin script, only
    // warta's two languages are candidates then, decided by function words and headline words
    // (`warns`, `tewas`) first.
    let short = mostly_latin && c.words < 12;
    if short {
        let (id_s, en_s) = (c.id + c.head_id, c.en + c.head_en);
        if id_s != en_s {
            let (lang, best, other) = if id_s > en_s {
                (Lang::Id, id_s, en_s)
            } else {
                (Lang::En, en_s, id_s)
            };
            return LangGuess {
                lang,
                confidence: (0.5 + (best - other) as f64 / n).clamp(0.05, 1.0),
            };
        }
    }
    let detected = if short {
        whatlang::Detector::with_allowlist(vec![whatlang::Lang::Eng, whatlang::Lang::Ind]).detect(s)
    } else {
        whatlang::detect(s)
    };
    match detected {
        // A near tie on a few words: an Indonesian verb prefix decides (`mengecam`, `ditembak`).
        Some(info) if short && info.confidence() < 0.1 && indonesian_verb(s) => LangGuess {
            lang: Lang::Id,
            confidence: 0.1,
        },
        Some(info) => {
            let lang = match info.lang().code() {
                "eng" => Lang::En,
                "ind" => Lang::Id,
                code => Lang::Other(iso1(code)),
            };
            LangGuess {
                lang,
                confidence: info.confidence(),
            }
        }
        None if id > 0.0 || en > 0.0 => LangGuess {
            lang: if id >= en { Lang::Id } else { Lang::En },
            confidence: 0.1,
        },
        None => LangGuess {
            lang: Lang::Other("und".into()),
            confidence: 0.0,
        },
    }
}

/// Whether a lower-case word carries the Indonesian verb prefix `meng-` or `meny-`
/// (`mengecam`, `menyerang`), which no English word starts with (unlike `mem-`, `di-`, `ter-`:
/// `members`, `diplomats`, `terror`).
fn indonesian_verb(s: &str) -> bool {
    s.split(|c: char| !c.is_alphabetic()).any(|w| {
        w.len() >= 7 && w.chars().all(|c| c.is_ascii_lowercase()) && (w.starts_with("meng") || w.starts_with("meny"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_without_function_words_are_id_or_en() {
        assert_eq!(lang("Israel bombs Gaza hospital."), Lang::En);
        assert_eq!(lang("Obama criticizes Putin over Crimea."), Lang::En);
        assert_eq!(lang("Jokowi kunjungi Papua."), Lang::Id);
        assert_eq!(lang("TNI tembak mati anggota KKB."), Lang::Id);
        assert_eq!(lang("Presiden Prancis Francois Hollande mengecam ISIS."), Lang::Id);
        // Headline words decide where the trigram model leans the wrong way.
        assert_eq!(lang("US diplomats warn Iran"), Lang::En);
        assert_eq!(lang("Rebels seize border town"), Lang::En);
        assert_eq!(lang("Troops kill militants near Kandahar"), Lang::En);
        assert_eq!(lang("Polisi tangkap tersangka bom Surabaya"), Lang::Id);
        assert_eq!(lang("Dua warga tewas, Israel serang Gaza"), Lang::Id);
        // Longer text of another language is still recognized.
        assert!(matches!(
            lang("Der Bundeskanzler hat heute in Berlin mit dem französischen Präsidenten über die Lage gesprochen und eine gemeinsame Erklärung angekündigt."),
            Lang::Other(_)
        ));
    }

    fn lang(s: &str) -> Lang {
        detect_language(s).lang
    }

    #[test]
    fn indonesian_and_english_news() {
        let id = "Pemerintah daerah telah menyiapkan tenda untuk para pengungsi yang kehilangan rumah akibat banjir. \
                  Bupati mengatakan bahwa bantuan akan terus dikirim ke desa-desa di sekitar sungai.";
        let g = detect_language(id);
        assert_eq!(g.lang, Lang::Id);
        assert!(g.confidence > 0.5, "{g:?}");
        let en = "The regional government has set up tents for the families who lost their homes in the flood. \
                  The regent said that aid would keep flowing to the villages along the river.";
        assert_eq!(lang(en), Lang::En);
    }

    #[test]
    fn other_languages_get_their_code() {
        let fr = "Le gouvernement a annoncé mardi de nouvelles mesures pour aider les familles touchées par les \
                  inondations dans le sud du pays, selon un communiqué publié par le ministère.";
        assert_eq!(lang(fr), Lang::Other("fr".into()));
        let de = "Die Regierung hat am Dienstag neue Maßnahmen angekündigt, um den Familien zu helfen, die von den \
                  Überschwemmungen im Süden des Landes betroffen sind.";
        assert_eq!(lang(de), Lang::Other("de".into()));
        assert_eq!(
            lang("Правительство объявило о новых мерах помощи семьям пострадавшим от наводнения."),
            Lang::Other("ru".into())
        );
    }

    #[test]
    fn malay_is_reported_as_ms() {
        let ms = "Kerajaan negeri berkata bahawa bantuan akan dihantar selepas banjir surut kerana jalan utama \
                  masih ditutup. Polis telah mengarahkan penduduk berpindah ke pusat pemindahan sementara dan \
                  hospital daerah bersiap sedia, kata kenyataan itu semalam.";
        assert_eq!(lang(ms), Lang::Other("ms".into()));
    }

    #[test]
    fn short_and_empty_texts_do_not_fail() {
        assert_eq!(lang(""), Lang::Id);
        assert_eq!(lang("Polisi menangkap tersangka di rumahnya."), Lang::Id);
        assert_eq!(lang("Police arrested the suspect."), Lang::En);
        let _ = detect_language("12345 !!! ???");
    }
}
