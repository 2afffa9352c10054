//! Table-driven tests in the team's own word lists.

use super::*;
use proptest::prelude::*;

/// word, expected root, expected voice (A active, P passive, S stative, N none).
const ID_TABLE: &str = "
menyerang serang A
diserang serang P
menyerangnya serang A
penyerangan serang N
penyerang serang N
serangan serang N
menembak tembak A
menembaki tembak A
ditembak tembak P
ditembaki tembak P
tertembak tembak P
penembakan tembak N
tembak-menembak tembak S
menewaskan tewas A
tewasnya tewas N
ditangkap tangkap P
menangkap tangkap A
penangkapan tangkap N
tertangkap tangkap P
mengecam kecam A
dikecam kecam P
kecaman kecam N
mengutuk kutuk A
dikutuk kutuk P
menuduh tuduh A
dituduh tuduh P
tuduhan tuduh N
membantah bantah A
dibantah bantah P
mendesak desak A
didesak desak P
desakan desak N
menyerukan seru A
diserukan seru P
mengancam ancam A
diancam ancam P
ancaman ancam N
terancam ancam P
menjatuhkan jatuh A
dijatuhkan jatuh P
menandatangani tandatangan A
ditandatangani tandatangan P
menyepakati sepakat A
disepakati sepakat P
kesepakatan sepakat S
bersepakat sepakat S
memberikan beri A
diberikan beri P
memberi beri A
mengusir usir A
diusir usir P
pengusiran usir N
berunjuk unjuk S
mengunjungi kunjung A
dikunjungi kunjung P
kunjungan kunjung N
berkunjung kunjung S
bertemu temu S
pertemuan temu N
menemui temu A
ditemukan temu P
berbicara bicara S
membicarakan bicara A
pembicaraan bicara N
membom bom A
mengebom bom A
dibom bom P
pemboman bom N
pengeboman bom N
menerjang terjang A
diterjang terjang P
melancarkan lancar A
dilancarkan lancar P
memerintahkan perintah A
diperintahkan perintah P
memperlakukan laku A
diperlakukan laku P
melakukan laku A
dilakukan laku P
mengintensifkan intensif A
membumihanguskan bumihangus A
dikenalkan kenal P
memperkenalkan kenal A
diperkenalkan kenal P
menyanggupi sanggup A
diakui aku P
mengakui aku A
dipimpin pimpin P
memimpin pimpin A
pemimpin pimpin N
kepemimpinan pimpin S
memukul pukul A
dipukul pukul P
mengirim kirim A
dikirim kirim P
mengirimkan kirim A
mengatakan kata A
dikatakan kata P
mengatakannya kata A
menculik culik A
diculik culik P
penculikan culik N
kedatangan datang S
mendatangi datang A
menduduki duduk A
diduduki duduk P
pendudukan duduk N
membunuh bunuh A
dibunuh bunuh P
pembunuhan bunuh N
terbunuh bunuh P
membakar bakar A
dibakar bakar P
terbakar bakar P
pembakaran bakar N
meledakkan ledak A
diledakkan ledak P
meledak ledak A
ledakan ledak N
menolak tolak A
ditolak tolak P
penolakan tolak N
menerima terima A
diterima terima P
menuntut tuntut A
tuntutan tuntut N
menyatakan nyata A
dinyatakan nyata P
pernyataan nyata N
menegaskan tegas A
mengumumkan umum A
diumumkan umum P
mengungkapkan ungkap A
menyebutkan sebut A
disebut sebut P
tersebut sebut S
mengirimi kirim A
menghadiri hadir A
dihadiri hadir P
menghentikan henti A
dihentikan henti P
berhenti henti S
menyelidiki selidik A
penyelidikan selidik N
membantu bantu A
bantuan bantu N
dibantu bantu P
menjadi jadi A
terjadi jadi S
kejadian jadi S
menggunakan guna A
digunakan guna P
mengambil ambil A
diambil ambil P
mengalami alam A
meminta minta A
diminta minta P
permintaan minta N
mengetahui tahu A
diketahui tahu P
memasuki masuk A
dimasuki masuk P
memasak masak A
memakan makan A
memakai pakai A
memilih pilih A
terpilih pilih P
pemilihan pilih N
menanti nanti A
menanam tanam A
menyanyi nyanyi A
melempar lempar A
dilempari lempar P
merusak rusak A
kerusakan rusak S
mewakili wakil A
perwakilan wakil N
mempertahankan tahan A
ditahan tahan P
penahanan tahan N
bertahan tahan S
perdamaian damai N
berdamai damai S
mempekerjakan kerja A
bekerja kerja S
pekerja kerja N
pekerjaan kerja N
bekerjasama kerjasama S
keberhasilan hasil S
berhasil hasil S
keterlibatan libat S
terlibat libat S
melibatkan libat A
dilibatkan libat P
berikan beri N
dirinya diri N
pasukannya pasukan N
beritanya berita N
posisi-posisi posisi N
negara-negara negara N
anak-anaknya anak N
bermain-main main S
besar-besaran besar N
terbesar besar S
mulai mulai N
dimulai mulai P
adalah adalah N
kepada kepada N
mereka mereka N
berita berita N
perang perang N
berperang perang S
memerangi perang A
peperangan perang N
menyerbu serbu A
diserbu serbu P
menghancurkan hancur A
dihancurkan hancur P
kehancuran hancur S
menguasai kuasa A
dikuasai kuasa P
kekuasaan kuasa S
menewaskannya tewas A
menjatuhkannya jatuh A
mengevakuasi evakuasi A
dievakuasi evakuasi P
menyandera sandera A
disandera sandera P
menginvasi invasi A
memboikot boikot A
diboikot boikot P
menyetujui setuju A
disetujui setuju P
persetujuan setuju N
meneror teror A
diteror teror P
merudal rudal A
dirudal rudal P
";

/// word, expected lemma.
const EN_TABLE: &str = "
went go
gone go
said say
says say
fought fight
struck strike
met meet
led lead
held hold
sought seek
shot shoot
took take
gave give
told tell
brought bring
thought think
began begin
fled flee
killed kill
attacked attack
accused accuse
visiting visit
making make
stopped stop
stopping stop
controlled control
expelled expel
compelled compel
annulled annul
dispelled dispel
planned plan
agreed agree
freed free
tried try
carried carry
denied deny
played play
hoping hope
hoped hope
using use
targeted target
bombing bomb
bombed bomb
shelling shell
meeting meet
condemned condemn
threatened threaten
troops troop
attacks attack
countries country
militias militia
talks talk
buses bus
taxes tax
marches march
men man
women woman
children child
people people
news news
series series
police police
crisis crisis
crises crisis
status status
lives life
heroes hero
Israel's israel
Officials official
UN un
is be
was be
were be
has have
does do
";

fn voice(code: &str) -> Voice {
    match code {
        "A" => Voice::Active,
        "P" => Voice::Passive,
        "S" => Voice::Stative,
        _ => Voice::None,
    }
}

#[test]
fn indonesian_table() {
    let m = Morph::indonesian();
    let mut rows = 0;
    let mut bad = Vec::new();
    for line in ID_TABLE.lines().filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split_whitespace().collect();
        let (word, root, v) = (f[0], f[1], voice(f[2]));
        rows += 1;
        let a = m.analyze(word);
        if a.root != root || a.voice != v || !a.known {
            bad.push(format!(
                "{word}: got {} {:?} known={}, want {root} {v:?}",
                a.root, a.voice, a.known
            ));
        }
    }
    assert!(rows >= 150, "table has {rows} rows");
    assert!(bad.is_empty(), "{} of {rows} wrong:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn english_table() {
    let mut rows = 0;
    let mut bad = Vec::new();
    for line in EN_TABLE.lines().filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split_whitespace().collect();
        rows += 1;
        let got = lemma_en(f[0]);
        if got != f[1] {
            bad.push(format!("{}: got {got}, want {}", f[0], f[1]));
        }
    }
    assert!(rows >= 60, "table has {rows} rows");
    assert!(bad.is_empty(), "{} of {rows} wrong:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn affixes_are_reported() {
    let m = Morph::indonesian();
    let a = m.analyze("diperlakukannya");
    assert_eq!(a.root, "laku");
    assert_eq!(a.prefixes, ["di", "per"]);
    assert_eq!(a.suffixes, ["kan"]);
    assert_eq!(a.clitics, ["nya"]);
    assert_eq!(a.voice, Voice::Passive);
    let a = m.analyze("penyerangannyalah");
    assert_eq!(
        (a.root.as_str(), a.prefixes.as_slice()),
        ("serang", ["pe".to_string()].as_slice())
    );
    assert_eq!(a.suffixes, ["an"]);
    assert_eq!(a.clitics, ["nya", "lah"]);
    let a = m.analyze("negara-negara");
    assert!(a.reduplicated && a.known);
    assert!(!m.analyze("negara").reduplicated);
}

#[test]
fn names_acronyms_and_loans_stay_whole() {
    let m = Morph::indonesian();
    for (w, root) in [
        ("TNI", "tni"),
        ("PBB", "pbb"),
        ("Kediri", "kediri"),
        ("Semarang", "semarang"),
        ("Al-Qaeda", "al-qaeda"),
        ("Mekkah", "mekkah"),
        ("Kompas.com", "kompas.com"),
        ("2015", "2015"),
        ("", ""),
    ] {
        let a = m.analyze(w);
        assert_eq!(a.root, root, "{w}");
        assert!(a.prefixes.is_empty() && a.suffixes.is_empty(), "{w}: {a:?}");
    }
    // Bound forms before a word: the word's root, the bound form listed first.
    let a = m.analyze("anti-Israel");
    assert_eq!(
        (a.root.as_str(), a.prefixes.as_slice()),
        ("israel", ["anti".to_string()].as_slice())
    );
    let a = m.analyze("pascaserangan");
    assert_eq!(
        (a.root.as_str(), a.prefixes.as_slice()),
        ("serang", ["pasca".to_string()].as_slice())
    );
    // A hyphenated prefix on an acronym still gives the voice.
    let a = m.analyze("di-PHK");
    assert_eq!((a.root.as_str(), a.voice), ("phk", Voice::Passive));
    // Capitalised at the start of a sentence, a verb is still analysed.
    assert_eq!(m.analyze("Menyerang").root, "serang");
    assert_eq!(m.analyze("MENEMBAKKAN").root, "tembak");
}

#[test]
fn lexicon_is_loaded() {
    let m = Morph::indonesian();
    assert!(m.lexicon_size() > 30_000, "{}", m.lexicon_size());
    assert!(m.is_root("serang") && m.is_root("drone") && !m.is_root("ketahu"));
}

proptest! {
    #[test]
    fn never_panics(s in "\\PC{0,40}") {
        let a = Morph::indonesian().analyze(&s);
        let _ = lemma_en(&s);
        prop_assert!(a.root.len() <= 4 * s.len() + 4);
    }

    #[test]
    fn never_panics_on_affix_soup(s in "(me|di|ber|ter|pe|per|ke|se|ng|ny|-|[a-z]){0,14}") {
        let a = Morph::indonesian().analyze(&s);
        let _ = lemma_en(&s);
        prop_assert!(!a.known || !a.root.is_empty());
    }
}

/// Lexicon coverage on the shared Indonesian dev documents (read from `../shared`, skipped when
/// absent): most lower-case words must get a known root.
#[test]
fn coverage_on_shared_dev_documents() {
    let shared = std::env::var("WARTA_SHARED").unwrap_or_else(|_| {
        let crate_dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
        format!("{crate_dir}/../../../shared")
    });
    let path = format!("{shared}/eval/dev/input.jsonl");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        println!("skipped: {path} not found");
        return;
    };
    let m = Morph::indonesian();
    let mut words = std::collections::BTreeSet::new();
    for line in raw.lines() {
        let Ok(doc) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if doc.get("lang").and_then(|l| l.as_str()).is_some_and(|l| l != "id") {
            continue;
        }
        let text = doc.get("text").and_then(|t| t.as_str()).unwrap_or("");
        for w in text.split(|c: char| !(c.is_ascii_alphabetic() || c == '-')) {
            let w = w.trim_matches('-');
            if w.len() > 2 && w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-') {
                words.insert(w.to_string());
            }
        }
    }
    if words.is_empty() {
        println!("skipped: no Indonesian words in {path}");
        return;
    }
    let known = words.iter().filter(|w| m.analyze(w).known).count();
    let share = known as f64 / words.len() as f64;
    println!(
        "known roots for {known}/{} word types ({:.1}%)",
        words.len(),
        100.0 * share
    );
    assert!(
        share >= 0.90,
        "only {known}/{} word types have a known root",
        words.len()
    );
}
