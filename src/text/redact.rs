//! Removes what identifies a person from free text before anyone but the admin sees it:
//! national identity numbers (fødselsnummer and D-numbers), account numbers, phone
//! numbers, e-mail addresses, street addresses with postcodes, and names.
//!
//! A removed span becomes a typed marker (`⟦phone⟧`); `render` turns markers into a
//! placeholder in the reader's language, so the stored text is the same for everyone.
//! The rules lean towards removing too much: a typo in a fødselsnummer doesn't make it
//! less identifying, and a planner loses little when an amount is taken for a phone.
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

pub const MARK_OPEN: char = '⟦';
pub const MARK_CLOSE: char = '⟧';

/// What a removed span was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PiiKind {
    /// Fødselsnummer, D-number or H-number.
    NationalId,
    Account,
    Phone,
    Email,
    Address,
    Name,
}

impl PiiKind {
    pub const ALL: [PiiKind; 6] = [
        PiiKind::NationalId,
        PiiKind::Account,
        PiiKind::Phone,
        PiiKind::Email,
        PiiKind::Address,
        PiiKind::Name,
    ];

    /// The tag inside a stored marker.
    pub fn tag(self) -> &'static str {
        match self {
            PiiKind::NationalId => "fnr",
            PiiKind::Account => "account",
            PiiKind::Phone => "phone",
            PiiKind::Email => "email",
            PiiKind::Address => "address",
            PiiKind::Name => "name",
        }
    }

    /// The translation key of the placeholder a reader sees.
    pub fn message_key(self) -> &'static str {
        match self {
            PiiKind::NationalId => "pii-fnr",
            PiiKind::Account => "pii-account",
            PiiKind::Phone => "pii-phone",
            PiiKind::Email => "pii-email",
            PiiKind::Address => "pii-address",
            PiiKind::Name => "pii-name",
        }
    }

    fn from_tag(tag: &str) -> Option<PiiKind> {
        PiiKind::ALL.into_iter().find(|kind| kind.tag() == tag)
    }
}

/// Names to remove: common given names and surnames of the product's languages, the
/// names of units, schools and staff, and what the admin added.
#[derive(Debug, Default, Clone)]
pub struct NameList {
    /// Single-word names, as written (capitalised). foldhash: the redactor looks every
    /// word of every text up here.
    pub words: HashSet<String, foldhash::fast::RandomState>,
    /// Names of more than one word (units, schools, staff), matched ignoring case.
    pub phrases: Vec<String>,
}

impl NameList {
    /// Adds a name; names of several words are matched as a phrase.
    pub fn add(&mut self, name: &str) {
        let name = name.trim();
        if name.chars().count() < 2 {
            return;
        }
        if name.split_whitespace().count() > 1 {
            self.phrases.push(name.to_owned());
            // Each part of a person's name is a name on its own too ("Kari" in "Kari
            // Nordmann"), but the words of a unit name are ordinary words.
        } else {
            self.words.insert(name.to_owned());
        }
    }

    /// Adds a person's full name: the whole, and each part of it.
    pub fn add_person(&mut self, name: &str) {
        self.add(name);
        for part in name.split_whitespace() {
            self.add(part);
        }
    }
}

/// The embedded list of common names (src/text/data/names.toml).
pub fn common_names() -> NameList {
    #[derive(serde::Deserialize)]
    struct Names {
        #[serde(default)]
        given: Vec<String>,
        #[serde(default)]
        surnames: Vec<String>,
    }
    let mut list = NameList::default();
    let parsed: std::collections::BTreeMap<String, Names> =
        toml::from_str(include_str!("data/names.toml")).unwrap_or_default();
    for names in parsed.values() {
        for name in names.given.iter().chain(&names.surnames) {
            list.add(name);
        }
    }
    list
}

/// A compiled set of rules; build once per name list and share.
pub struct Redactor {
    names: HashSet<String, foldhash::fast::RandomState>,
    phrases: Option<Regex>,
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\w.%+\-]+(?:@|\s*\(at\)\s*|\s*\[at\]\s*)[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}")
        .expect("static pattern")
});

/// Street name and house number (Norwegian street words), optionally with a postcode
/// and place; or a postcode followed by a place name.
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    let street = r"(?:gata|gate|gaten|veien|vegen|vei|veg|allé|alle|plass|plassen|stien|sti|bakken|torget|tunet|ringen|svingen|brygga|brygge|kaia|løkka|lia|haugen|åsen|jordet|grenda|lunden|myra|parken|terrasse|stredet|smauet|road|street)";
    Regex::new(&format!(
        r"(?:\b\p{{Lu}}[\p{{L}}\-]*{street}|\b(?:\p{{Lu}}[\p{{L}}\-]*\s+){{1,3}}{street})\s+\d{{1,4}}(?:\s?[A-Za-z]\b)?(?:,?\s*\d{{4}}\s+\p{{Lu}}\p{{L}}+)?|\b\d{{4}}\s+\p{{Lu}}\p{{Ll}}+"
    ))
    .expect("static pattern")
});

/// Whether `EMAIL` can match: it needs one of its at signs.
fn may_hold_email(text: &str) -> bool {
    ["@", "(at)", "[at]"].iter().any(|at| text.contains(at))
}

/// Whether `ADDRESS` can match: both its forms need a digit.
fn may_hold_address(text: &str) -> bool {
    text.chars().any(char::is_numeric)
}

/// Names that are everyday words too when written in lower case, in the product's
/// languages: in lower case they are left alone.
const EVERYDAY_WORDS: &[&str] = &[
    // Bokmål and Nynorsk
    "per", "jan", "tor", "tone", "bjørn", "gro", "ane", "inga", "iver", "åse", "liv", "dale",
    "berg", "lund", "moen", "eide", "lunde", "brekke", "haugen", "hauge", "lie", "dal", "vik",
    "dag", "stein", "finn", "hans", "stig", "pål", "bakke", "strand", "holm", "foss", "berge",
    "hagen", "rune", "line", "odd", "even", "else", "tore", "roar", // English
    "rose", "mark", "will", "may", "jack", "bill", "hope", "grace", "faith", "joy", "art",
    // Lithuanian, Polish, Tagalog, Somali
    "rasa", "laima", "lama", "ana", "nur",
];

/// Words that start a sentence, address someone or name a role, not parts of a name
/// ("Hei Kari", "og Ola", "Takk Olsen", "Rektor Hansen"), in lower case.
const NOT_NAME_PARTS: &[&str] = &[
    // Bokmål and Nynorsk
    "og",
    "men",
    "vi",
    "jeg",
    "eg",
    "det",
    "den",
    "dette",
    "han",
    "hun",
    "ho",
    "de",
    "dei",
    "da",
    "nå",
    "no",
    "så",
    "når",
    "hvis",
    "om",
    "til",
    "fra",
    "frå",
    "med",
    "mine",
    "min",
    "vår",
    "våre",
    "hei",
    "hallo",
    "takk",
    "hilsen",
    "helsing",
    "mvh",
    "kjære",
    "fru",
    "herr",
    "er",
    "var",
    "har",
    "sa",
    "kom",
    "ble",
    "vart",
    "fikk",
    "fekk",
    "hjalp",
    "ringte",
    "som",
    "at",
    "i",
    "på",
    "av",
    "for",
    "ikke",
    "ikkje",
    "også",
    "òg",
    "lege",
    "legen",
    "fastlege",
    "fastlegen",
    "lærer",
    "læreren",
    "rektor",
    "helsesykepleier",
    "helsesykepleieren",
    "helsesøster",
    "sykepleier",
    "saksbehandler",
    "saksbehandleren",
    "veileder",
    "veilederen",
    "tolk",
    "tolken",
    "psykolog",
    "psykologen",
    "kontaktperson",
    "miljøterapeut",
    // English
    "the",
    "we",
    "my",
    "our",
    "but",
    "and",
    "then",
    "now",
    "when",
    "if",
    "to",
    "from",
    "with",
    "dear",
    "hi",
    "hello",
    "thanks",
    "regards",
    "mr",
    "mrs",
    "ms",
    "dr",
    "miss",
    "is",
    "was",
    "said",
    "came",
    "helped",
    "called",
    "a",
    "an",
    "of",
    "in",
    "on",
    "by",
    "teacher",
    "doctor",
    // Polish, Lithuanian, Russian, Ukrainian, Somali, Tagalog, Oromo
    "pan",
    "pani",
    "z",
    "ze",
    "ir",
    "su",
    "ponas",
    "ponia",
    "и",
    "с",
    "из",
    "мой",
    "моя",
    "з",
    "мій",
    "iyo",
    "ee",
    "oo",
    "la",
    "si",
    "ni",
    "ang",
    "kay",
    "fi",
    "kan",
    "ta",
];

/// Words in scripts without case (Arabic, Persian, Ethiopic) that follow a name without
/// being part of it.
const NOT_NAME_PARTS_UNCASED: &[&str] = &[
    // Arabic
    "قال",
    "قالت",
    "يقول",
    "تقول",
    "كان",
    "كانت",
    "هو",
    "هي",
    "في",
    "من",
    "إلى",
    "الى",
    "على",
    "عن",
    "مع",
    "لا",
    "ما",
    "لم",
    "لن",
    "قد",
    "هذا",
    "هذه",
    "ساعد",
    "ساعدنا",
    "ساعدتنا",
    "جاء",
    "اتصل",
    "كثيرا",
    "جدا",
    "و",
    "أو",
    "او",
    "ثم",
    "التي",
    "الذي",
    "لنا",
    "لي",
    "عند",
    "بعد",
    "قبل",
    "كل",
    "أن",
    "إن",
    "ان",
    "لقد",
    "نحن",
    "انا",
    "أنا",
    "هناك",
    "السيد",
    "السيدة",
    // Persian
    "گفت",
    "است",
    "بود",
    "به",
    "از",
    "با",
    "را",
    "که",
    "هم",
    "هست",
    "می",
    "کرد",
    "کمک",
    "آمد",
    "خیلی",
    "یا",
    "این",
    "آن",
    "در",
    "برای",
    "شد",
    "خانم",
    "آقای",
    // Tigrinya and Amharic
    "ኣብ",
    "ካብ",
    "ምስ",
    "ናብ",
    "ከም",
    "እዩ",
    "እያ",
    "ነይሩ",
    "በጣም",
    "ወደ",
    "ጋር",
    "ነው",
    "ናት",
];

/// Whether `word` is a title or form of address a name follows ("Mrs", "fru", "pani").
fn is_title(word: &str) -> bool {
    const TITLES: &[&str] = &[
        "fru",
        "frk",
        "herr",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "doktor",
        "rektor",
        "pan",
        "pani",
        "ponas",
        "ponia",
        "gospodin",
        "господин",
        "госпожа",
        "пан",
        "пані",
        "السيد",
        "السيدة",
        "آقای",
        "خانم",
        "aato",
        "marwo",
        "mudane",
        "gng",
        "g",
        "ginoong",
        "aya",
        "obbo",
        "addee",
    ];
    TITLES.contains(&word.to_lowercase().as_str())
}

/// Whether a word in lower case ends like a surname ("hansen", "nordmann", "kowalski").
fn surname_like(word: &str) -> bool {
    const SURNAME_ENDINGS: &[&str] = &[
        "sen", "son", "mann", "man", "stad", "dal", "heim", "berg", "vik", "rud", "land", "nes",
        "bakken", "haug", "haugen", "lien", "seth", "sæter", "eng", "strøm", "gård", "gaard", "ov",
        "ova", "ev", "eva", "enko", "chuk", "czuk", "ski", "ska", "icz", "ienė", "aitė", "auskas",
        "vičius", "ez",
    ];
    let lower = word.to_lowercase();
    lower.chars().count() >= 5 && SURNAME_ENDINGS.iter().any(|e| lower.ends_with(e))
}

/// Whether `word`, just before a surname, is part of the name: a capitalised word that is
/// not a sentence word or a role ("Heidi" in "Heidi Olsen").
fn part_before(word: &str) -> bool {
    let first = word.chars().next().unwrap_or(' ');
    first.is_uppercase() && !NOT_NAME_PARTS.contains(&word.to_lowercase().as_str())
}

/// Whether `word`, just after a name, is part of it: a capitalised word that is not a
/// sentence word ("Nordmann" in "Kari Nordmann"); in lower case, one that ends like a
/// surname ("nordmann"); in a script without case, any word but those that follow
/// names in sentences.
fn part_after(word: &str) -> bool {
    let first = word.chars().next().unwrap_or(' ');
    if first.is_uppercase() {
        return !NOT_NAME_PARTS.contains(&word.to_lowercase().as_str());
    }
    if first.is_lowercase() {
        return surname_like(word);
    }
    word.chars().count() >= 2 && !NOT_NAME_PARTS_UNCASED.contains(&word)
}

/// Capitalised words after a four-digit number that are sentence words, not places.
const NOT_PLACES: &[&str] = &[
    "Vi", "Jeg", "Eg", "Det", "Han", "Hun", "Ho", "De", "Dei", "Vi", "Men", "Og", "Da", "Nå", "No",
    "We", "The", "It", "My", "But", "And", "Then", "Now", "Har", "Var", "Er", "Kr",
];

impl Redactor {
    pub fn new(list: &NameList) -> Redactor {
        let mut phrases: Vec<&String> = list.phrases.iter().collect();
        // Longest first, so "Tøyen skole SFO" wins over "Tøyen skole".
        phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
        phrases.dedup();
        let phrases = (!phrases.is_empty())
            .then(|| {
                let alternatives: Vec<String> = phrases
                    .iter()
                    .map(|p| {
                        p.split_whitespace()
                            .map(regex::escape)
                            .collect::<Vec<_>>()
                            .join(r"\s+")
                    })
                    .collect();
                Regex::new(&format!(r"(?i)\b(?:{})\b", alternatives.join("|"))).ok()
            })
            .flatten();
        Redactor {
            names: list.words.clone(),
            phrases,
        }
    }

    /// The text with every identifying span replaced by its marker. `lang` is the text's
    /// language (detected or declared); it decides whether inflected names are looked for.
    pub fn redact(&self, text: &str, lang: &str) -> String {
        let clean = clean(text);
        let mut spans: Vec<(usize, usize, PiiKind)> = Vec::new();
        // Each pattern runs only where what it cannot match without is present: an
        // address has a digit and an e-mail an at sign. Most answers have neither, and
        // on letters outside ASCII these patterns leave the fast engine.
        let emails = may_hold_email(&clean).then(|| EMAIL.find_iter(&clean));
        for m in emails.into_iter().flatten() {
            spans.push((m.start(), m.end(), PiiKind::Email));
        }
        number_spans(&clean, &mut spans);
        let addresses = may_hold_address(&clean).then(|| ADDRESS.find_iter(&clean));
        for m in addresses.into_iter().flatten() {
            let last_word = m.as_str().split_whitespace().last().unwrap_or("");
            let postcode_only = m
                .as_str()
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit());
            if postcode_only && NOT_PLACES.contains(&last_word) {
                continue;
            }
            spans.push((m.start(), m.end(), PiiKind::Address));
        }
        if let Some(phrases) = &self.phrases {
            for m in phrases.find_iter(&clean) {
                spans.push((m.start(), m.end(), PiiKind::Name));
            }
        }
        self.name_spans(&clean, lang, &mut spans);
        apply(&clean, spans)
    }

    /// Whole names: a known name, with the words of the same name around it (a surname
    /// after a given name, "Kari Nordmann"; a given name before a surname, "Heidi
    /// Olsen"; the father's or family name after one in Arabic script, "محمد علي"),
    /// in any case ("kari nordmann").
    fn name_spans(&self, text: &str, lang: &str, spans: &mut Vec<(usize, usize, PiiKind)>) {
        let inflecting = matches!(lang, "uk" | "ru" | "pl" | "lt");
        let words = word_offsets(text);
        let joined = |a: usize, b: usize| {
            let (start, word) = words[a];
            let between = &text[start + word.len()..words[b].0];
            !between.is_empty() && between.chars().all(|c| c == ' ' || c == '-')
        };
        let mut i = 0;
        while i < words.len() {
            // After a title ("Mrs Okafor", "fru Berg", "السيد كريم"), the next word is a
            // name even when no list knows it.
            let titled = i > 0 && joined(i - 1, i) && is_title(words[i - 1].1) && {
                let first = words[i].1.chars().next().unwrap_or(' ');
                first.is_uppercase() || !first.is_lowercase()
            };
            if !titled && !self.is_name(words[i].1, inflecting) {
                i += 1;
                continue;
            }
            // A given name before a surname ("Heidi Olsen"); only before one that ends
            // like a surname, so "Læreren Jonas" keeps its first word.
            let mut first = i;
            while first > 0
                && i - first < 2
                && surname_like(words[i].1)
                && joined(first - 1, first)
                && part_before(words[first - 1].1)
            {
                first -= 1;
            }
            let mut last = i;
            while last + 1 < words.len()
                && last - first < 3
                && joined(last, last + 1)
                && (self.is_name(words[last + 1].1, inflecting) || part_after(words[last + 1].1))
            {
                last += 1;
            }
            let (end_start, end_word) = words[last];
            spans.push((words[first].0, end_start + end_word.len(), PiiKind::Name));
            i = last + 1;
        }
    }

    fn is_name(&self, word: &str, inflecting: bool) -> bool {
        let first = word.chars().next().unwrap_or(' ');
        let cased = first.is_uppercase() || first.is_lowercase();
        if cased && !first.is_uppercase() {
            // A name typed in lower case ("kari"), unless the same letters are an
            // everyday word too ("per dag", "tone", "bjørn").
            let lower = word.to_lowercase();
            let title = title_case(word);
            // Some lower-case letters have no capital ("ª"): they stay ordinary words.
            let capitalised = title.chars().next().is_some_and(char::is_uppercase);
            return capitalised
                && !EVERYDAY_WORDS.contains(&lower.as_str())
                && self.is_name(&title, inflecting);
        }
        if self.names.contains(word) {
            return true;
        }
        if cased && word.chars().all(|c| !c.is_lowercase()) && word.chars().count() > 1 {
            let title = title_case(word);
            if self.names.contains(&title) {
                return true;
            }
        }
        // Genitive: "Olas", "Ola's".
        for suffix in ["'s", "’s", "s", "'"] {
            if let Some(stem) = word.strip_suffix(suffix)
                && self.names.contains(stem)
            {
                return true;
            }
        }
        // Arabic and Persian attach "and", "with", "to" to the word: ومحمد, لمحمد.
        if !cased {
            for prefix in ["و", "ب", "ل", "ف", "ال"] {
                if let Some(rest) = word.strip_prefix(prefix)
                    && self.names.contains(rest)
                {
                    return true;
                }
            }
        }
        // Case endings: Олену, Олени, Иваном, Jono, Jonui, Anny, Annę.
        let is_cyrillic = ('\u{0400}'..='\u{04FF}').contains(&first);
        if (inflecting || is_cyrillic) && word.chars().count() >= 4 {
            let chars: Vec<char> = word.chars().collect();
            for cut in 1..=2 {
                let stem: String = chars[..chars.len() - cut].iter().collect();
                for ending in ["", "а", "я", "й", "a", "as", "is", "us", "ys", "ė", "o"] {
                    if self.names.contains(&format!("{stem}{ending}")) {
                        return true;
                    }
                }
            }
        }
        false
    }
}

/// Text as it may be shown and indexed: bidi overrides and embeddings, invisible
/// characters and control characters are removed (a reader must see what is written),
/// digits in Arabic and Persian script become ASCII so numbers are found, and marker
/// brackets a citizen typed become ordinary brackets.
pub fn clean(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {}
            '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}' | '\u{00AD}' => {}
            // Joiners are needed in Persian words, but not between digits.
            '\u{200C}' | '\u{200D}' => {
                let digit_before = i > 0 && chars[i - 1].is_ascii_digit();
                let digit_after = chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
                if !(digit_before || digit_after) {
                    out.push(c);
                }
            }
            '\u{0660}'..='\u{0669}' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
            '\u{06F0}'..='\u{06F9}' => out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
            MARK_OPEN => out.push('['),
            MARK_CLOSE => out.push(']'),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Replaces markers with `[placeholder]` in the reader's language.
pub fn render(redacted: &str, placeholder: impl Fn(PiiKind) -> String) -> String {
    replace_marks(redacted, |kind| format!("[{}]", placeholder(kind)))
}

/// The text to index: markers become spaces, so a placeholder is never a search hit.
pub fn strip_marks(redacted: &str) -> String {
    replace_marks(redacted, |_| " ".to_owned())
}

fn replace_marks(redacted: &str, with: impl Fn(PiiKind) -> String) -> String {
    let mut out = String::with_capacity(redacted.len());
    let mut rest = redacted;
    while let Some(open) = rest.find(MARK_OPEN) {
        out.push_str(&rest[..open]);
        let after = &rest[open + MARK_OPEN.len_utf8()..];
        match after.find(MARK_CLOSE) {
            Some(close) => {
                match PiiKind::from_tag(&after[..close]) {
                    Some(kind) => out.push_str(&with(kind)),
                    None => out.push_str(&after[..close]),
                }
                rest = &after[close + MARK_CLOSE.len_utf8()..];
            }
            None => {
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Writes markers over the spans (overlapping spans are merged; the earlier kind wins
/// unless a national id or e-mail is involved), joining neighbouring names.
fn apply(text: &str, mut spans: Vec<(usize, usize, PiiKind)>) -> String {
    spans.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
    let mut merged: Vec<(usize, usize, PiiKind)> = Vec::new();
    for (start, end, kind) in spans {
        if let Some(last) = merged.last_mut() {
            let between = text.get(last.1..start).unwrap_or("x");
            let touching_names = last.2 == PiiKind::Name
                && kind == PiiKind::Name
                && start >= last.1
                && between.chars().all(|c| c == ' ' || c == '-');
            if start < last.1 || touching_names {
                last.1 = last.1.max(end);
                if matches!(kind, PiiKind::NationalId | PiiKind::Email) {
                    last.2 = kind;
                }
                continue;
            }
        }
        merged.push((start, end, kind));
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, kind) in merged {
        out.push_str(&text[at..start]);
        out.push(MARK_OPEN);
        out.push_str(kind.tag());
        out.push(MARK_CLOSE);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// Words with their byte offsets (letters, marks, apostrophes and hyphens inside).
fn word_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let letter = c.is_alphabetic() || (start.is_some() && (c == '\'' || c == '’'));
        if letter || (start.is_some() && is_combining(c)) {
            if start.is_none() {
                start = Some(i);
            }
            end = i + c.len_utf8();
        } else if let Some(s) = start.take() {
            out.push((s, text[s..end].trim_end_matches(['\'', '’'])));
        }
    }
    if let Some(s) = start {
        out.push((s, text[s..end].trim_end_matches(['\'', '’'])));
    }
    out
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x200C | 0x200D)
}

fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first
            .to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect(),
        None => String::new(),
    }
}

/// Finds numbers that identify: runs of digits with single separators between groups.
fn number_spans(text: &str, spans: &mut Vec<(usize, usize, PiiKind)>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let starts_here = bytes[i].is_ascii_digit()
            || (bytes[i] == b'+' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        let glued_to_word = i > 0 && (bytes[i - 1].is_ascii_alphanumeric());
        if !starts_here || glued_to_word {
            i += 1;
            continue;
        }
        let start = i;
        if bytes[i] == b'+' {
            i += 1;
        }
        let mut groups: Vec<&str> = Vec::new();
        let mut separators: Vec<u8> = Vec::new();
        let mut group_start = i;
        let mut end = i;
        while i < bytes.len() {
            if bytes[i].is_ascii_digit() {
                i += 1;
                end = i;
                continue;
            }
            let sep = bytes[i];
            let is_sep = matches!(sep, b' ' | b'.' | b'-' | b'/');
            if is_sep && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
                groups.push(&text[group_start..i]);
                separators.push(sep);
                i += 1;
                group_start = i;
                continue;
            }
            break;
        }
        groups.push(&text[group_start..end]);
        let plus = bytes[start] == b'+';
        if let Some(kind) = classify(&groups, &separators, plus, &text[end..]) {
            spans.push((start, end, kind));
        }
        i = end.max(start + 1);
    }
}

/// What a run of digit groups is, if it identifies someone.
fn classify(groups: &[&str], separators: &[u8], plus: bool, after: &str) -> Option<PiiKind> {
    let digits: String = groups.concat();
    let n = digits.len();
    if separators.contains(&b'/') || is_date(groups, separators) {
        // Dates and fractions are not identifying on their own.
        return (n >= 11 && !separators.iter().all(|s| *s == b'/')).then_some(PiiKind::Account);
    }
    if plus || digits.starts_with("00") && n >= 10 {
        return (n >= 7).then_some(PiiKind::Phone);
    }
    if is_amount(groups, after) {
        return None;
    }
    match n {
        0..=7 => None,
        8 => Some(PiiKind::Phone),
        10 if digits.starts_with("47") => Some(PiiKind::Phone),
        11 => {
            let d: Vec<u8> = digits.bytes().map(|b| b - b'0').collect();
            if starts_like_birth_date(&d) || national_id_checksum_ok(&d) {
                Some(PiiKind::NationalId)
            } else {
                Some(PiiKind::Account)
            }
        }
        // Two phone numbers in a row, card numbers, case numbers: all identifying.
        9..=10 => Some(PiiKind::Phone),
        _ => Some(PiiKind::Account),
    }
}

/// 12.03.2024, 12-03-24, 2024-03-12.
fn is_date(groups: &[&str], separators: &[u8]) -> bool {
    if groups.len() != 3 || separators.contains(&b' ') {
        return false;
    }
    let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    matches!(lens.as_slice(), [1..=2, 1..=2, 2 | 4] | [4, 1..=2, 1..=2])
}

/// 12 000 000 kr: thousands groups followed by a currency.
fn is_amount(groups: &[&str], after: &str) -> bool {
    let thousands =
        groups.len() > 1 && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
    let after = after.trim_start().to_lowercase();
    thousands
        && ["kr", "nok", "kroner", "krone", "eur", "usd", ",-"]
            .iter()
            .any(|c| after.starts_with(c))
}

/// DDMMYY where DD may be a D-number day (+40) and MM an H-number or synthetic month
/// (+40, +80).
pub fn starts_like_birth_date(d: &[u8]) -> bool {
    if d.len() < 6 {
        return false;
    }
    let day = d[0] * 10 + d[1];
    let month = d[2] * 10 + d[3];
    let day_ok = (1..=31).contains(&day) || (41..=71).contains(&day);
    let month_ok =
        (1..=12).contains(&month) || (41..=52).contains(&month) || (81..=92).contains(&month);
    day_ok && month_ok
}

/// The fødselsnummer control digits, by the rule in use until 2032 or the new one.
pub fn national_id_checksum_ok(d: &[u8]) -> bool {
    if d.len() != 11 {
        return false;
    }
    const W1: [u32; 10] = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
    const W2: [u32; 11] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
    let sum = |w: &[u32]| -> u32 { w.iter().zip(d).map(|(w, d)| w * u32::from(*d)).sum() };
    let k1 = sum(&W1) % 11;
    let k2 = sum(&W2) % 11;
    // Until 2032 both sums must be divisible by 11; from 2032 the first control digit
    // may leave a remainder of 0, 1, 2 or 3.
    k2 == 0 && k1 <= 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn redactor() -> Redactor {
        let mut list = common_names();
        list.add("Tøyen helsestasjon");
        list.add_person("Kari Saksbehandler");
        Redactor::new(&list)
    }

    fn redact(text: &str) -> String {
        redactor().redact(text, "nb")
    }

    /// A valid fødselsnummer (pre-2032 rule) for a date and individual number.
    fn national_id(day: u8, month: u8, year: u8, individual: u16) -> Option<String> {
        let mut d: Vec<u8> = format!("{day:02}{month:02}{year:02}{individual:03}")
            .bytes()
            .map(|b| b - b'0')
            .collect();
        let w1 = [3u32, 7, 6, 1, 8, 9, 4, 5, 2];
        let s1: u32 = w1.iter().zip(&d).map(|(w, d)| w * u32::from(*d)).sum();
        let k1 = (11 - s1 % 11) % 11;
        if k1 == 10 {
            return None;
        }
        d.push(k1 as u8);
        let w2 = [5u32, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        let s2: u32 = w2.iter().zip(&d).map(|(w, d)| w * u32::from(*d)).sum();
        let k2 = (11 - s2 % 11) % 11;
        if k2 == 10 {
            return None;
        }
        d.push(k2 as u8);
        Some(d.iter().map(|d| char::from(b'0' + d)).collect())
    }

    #[test]
    fn known_numbers_follow_the_checksum_rules() {
        let valid = national_id(1, 1, 90, 123).or_else(|| national_id(2, 1, 90, 123));
        let valid = valid.expect("some date gives a valid number");
        let d: Vec<u8> = valid.bytes().map(|b| b - b'0').collect();
        assert!(national_id_checksum_ok(&d));
        let mut broken = d.clone();
        broken[10] = (broken[10] + 1) % 10;
        assert!(!national_id_checksum_ok(&broken));
    }

    #[test]
    fn every_kind_is_removed() {
        let text = "Ring meg på 912 34 567 eller +47 22 33 44 55, mail ola.nordmann@example.no. \
                    Fnr 010190 12345 og konto 1234.56.78903. Vi bor i Storgata 12B, 0182 Oslo.";
        let out = redact(text);
        for leaked in [
            "912",
            "22 33",
            "ola.nordmann",
            "example",
            "010190",
            "12345",
            "1234.56",
            "Storgata",
            "0182",
        ] {
            assert!(!out.contains(leaked), "{leaked} left in {out}");
        }
        assert!(out.contains("⟦phone⟧"));
        assert!(out.contains("⟦email⟧"));
        assert!(out.contains("⟦fnr⟧"));
        assert!(out.contains("⟦account⟧"));
        assert!(out.contains("⟦address⟧"));
    }

    #[test]
    fn names_from_every_list_are_removed() {
        let out =
            redact("Kari Saksbehandler på Tøyen helsestasjon var snill mot Ola og Fatimas mor.");
        assert!(!out.contains("Kari"), "{out}");
        assert!(!out.contains("Saksbehandler"), "{out}");
        assert!(!out.contains("Tøyen"), "{out}");
        assert!(!out.contains("Ola "), "{out}");
        assert!(!out.contains("Fatima"), "{out}");
        assert!(out.contains("var snill mot"));
        // Ordinary words stay, even when they are spelled like a name in lower case.
        assert!(redact("vi fikk hjelp per dag").contains("per dag"));
    }

    #[test]
    fn inflected_names_are_removed_in_languages_that_inflect() {
        let r = redactor();
        let out = r.redact("Мы говорили с Оленой и Иваном", "ru");
        assert!(!out.contains("Олен") && !out.contains("Иван"), "{out}");
    }

    #[test]
    fn dates_amounts_and_small_numbers_stay() {
        let out =
            redact("Vi ventet fra 12.03.2024 til 3. mai, 14 dager, og skylder 12 000 000 kr.");
        assert_eq!(
            out,
            "Vi ventet fra 12.03.2024 til 3. mai, 14 dager, og skylder 12 000 000 kr."
        );
    }

    #[test]
    fn a_date_like_eleven_digit_number_is_removed_even_with_a_bad_checksum() {
        let out = redact("nummeret er 31129912345 ok");
        assert_eq!(out, "nummeret er ⟦fnr⟧ ok");
    }

    #[test]
    fn digits_in_arabic_script_and_hidden_characters_do_not_hide_a_number() {
        let out = redact("رقمي ٩١٢٣٤٥٦٧ شكرا");
        assert!(out.contains("⟦phone⟧"), "{out}");
        let out = redact("ring 9\u{200B}1\u{200C}2345678");
        assert!(out.contains("⟦phone⟧"), "{out}");
    }

    #[test]
    fn bidi_and_control_characters_are_neutralised() {
        let out = redact("hei \u{202E}snu\u{202C} \u{0007}der");
        assert_eq!(out, "hei snu der");
        // A marker a citizen typed is not a marker.
        assert_eq!(render(&redact("⟦name⟧"), |_| "X".into()), "[name]");
    }

    #[test]
    fn markers_render_in_the_readers_language_and_vanish_from_the_index_text() {
        let stored = redact("Ring 91234567 nå");
        assert_eq!(
            render(&stored, |k| k.tag().to_uppercase()),
            "Ring [PHONE] nå"
        );
        assert_eq!(strip_marks(&stored), "Ring   nå");
    }

    fn separator() -> impl Strategy<Value = &'static str> {
        prop_oneof![Just(""), Just(" "), Just("."), Just("-")]
    }

    proptest! {
        /// Recall 100 %: every valid fødselsnummer and D-number, with or without a
        /// space, in any sentence.
        #[test]
        fn every_national_id_is_removed(
            day in 1u8..=28, month in 1u8..=12, year in 0u8..=99, individual in 0u16..=999,
            d_number in any::<bool>(), sep in prop_oneof![Just(""), Just(" ")],
            before in "[a-zæøå ]{0,20}", after in "[a-zæøå ]{0,20}",
        ) {
            let day = if d_number { day + 40 } else { day };
            if let Some(id) = national_id(day, month, year, individual) {
                let written = format!("{}{sep}{}", &id[..6], &id[6..]);
                let out = redact(&format!("{before} {written} {after}"));
                prop_assert!(!out.contains(&id[..6]) && !out.contains(&id[6..]), "{}", out);
                prop_assert!(out.contains("⟦fnr⟧"), "{}", out);
            }
        }

        #[test]
        fn every_phone_number_is_removed(
            first in prop_oneof![Just(4u32), Just(9u32), Just(2u32)], rest in 0u32..10_000_000,
            grouping in 0usize..4, prefix in prop_oneof![Just(""), Just("+47 "), Just("0047 "), Just("+47")],
            sep in separator(), before in "[a-zæøå ]{0,20}",
        ) {
            let digits = format!("{first}{rest:07}");
            let grouped = match grouping {
                0 => digits.clone(),
                1 => format!("{}{sep}{}{sep}{}", &digits[..3], &digits[3..5], &digits[5..]),
                2 => format!("{}{sep}{}{sep}{}{sep}{}", &digits[..2], &digits[2..4], &digits[4..6], &digits[6..]),
                _ => format!("{}{sep}{}", &digits[..4], &digits[4..]),
            };
            let out = redact(&format!("{before} ring {prefix}{grouped} takk"));
            prop_assert!(!out.chars().any(|c| c.is_ascii_digit()), "{}", out);
            prop_assert!(out.contains("⟦phone⟧"), "{}", out);
        }

        #[test]
        fn every_email_address_is_removed(
            user in "[a-z][a-z0-9._]{0,12}[a-z0-9]", domain in "[a-z]{2,10}", tld in "(no|com|org|net)",
        ) {
            let address = format!("{user}@{domain}.{tld}");
            let out = redact(&format!("skriv til {address} i dag"));
            prop_assert!(!out.contains(&address), "{}", out);
            prop_assert!(out.contains("⟦email⟧"), "{}", out);
        }

        /// The guards in front of the e-mail and address patterns never skip a match:
        /// on texts near both patterns (and on any text), a match implies the guard.
        #[test]
        fn the_guards_never_skip_a_match(
            near in "[A-ZÆØa-zæøå.\\-]{1,10}( |@| ?\\(at\\) ?| ?\\[at\\] ?|at)[a-z]{1,6}(gata|veien|vei)? ?[0-9٣۴１२]{0,4}( ?[A-Z][a-zø]{1,6})?(\\.[a-z]{2,3})?",
            any in "\\PC{0,80}",
        ) {
            for text in [clean(&near), clean(&any)] {
                prop_assert!(!EMAIL.is_match(&text) || may_hold_email(&text), "{}", text);
                prop_assert!(!ADDRESS.is_match(&text) || may_hold_address(&text), "{}", text);
            }
        }

        /// No input makes redaction panic or lets a marker through unbalanced.
        #[test]
        fn any_text_is_redacted_safely(text in "\\PC{0,200}") {
            let out = redact(&text);
            let rendered = render(&out, |_| "x".into());
            prop_assert!(!rendered.contains(MARK_OPEN) && !rendered.contains(MARK_CLOSE));
        }
    }
}

#[cfg(test)]
mod name_eval {
    use super::*;
    use std::collections::HashMap;

    #[derive(serde::Deserialize)]
    struct Case {
        lang: String,
        text: String,
        names: Vec<String>,
    }

    #[derive(serde::Deserialize)]
    struct Cases {
        case: Vec<Case>,
    }

    fn words(text: &str) -> Vec<String> {
        word_offsets(text)
            .into_iter()
            .map(|(_, w)| w.to_owned())
            .collect()
    }

    /// How many of each word.
    fn counted(words: &[String]) -> HashMap<&str, usize> {
        let mut out = HashMap::new();
        for w in words {
            *out.entry(w.as_str()).or_insert(0) += 1;
        }
        out
    }

    /// The three names the issue found slipping through.
    #[test]
    fn whole_names_go_in_any_case_and_in_arabic_script() {
        let redactor = Redactor::new(&common_names());
        let shown =
            |text: &str, lang: &str| render(&redactor.redact(text, lang), |_| "navn".into());
        assert_eq!(
            shown("kari nordmann og ola nordmann", "nb"),
            "[navn] og [navn]"
        );
        assert_eq!(shown("Kari Nordmann hjalp oss", "nb"), "[navn] hjalp oss");
        assert_eq!(shown("محمد علي", "ar"), "[navn]");
        // Everyday words that are names too stay in lower case.
        assert_eq!(shown("200 kroner per dag", "nb"), "200 kroner per dag");
    }

    /// Recall and precision of name removal, word by word, on a set of texts written for
    /// it (src/text/data/names_eval.toml): a name's word is found when it is gone from
    /// the redacted text; a word that is gone but no name's is a false alarm.
    #[test]
    fn name_redaction_recall_and_precision() {
        let cases: Cases =
            toml::from_str(include_str!("data/names_eval.toml")).expect("names_eval.toml");
        let redactor = Redactor::new(&common_names());
        let (mut found, mut missed, mut false_alarms) = (0usize, 0usize, 0usize);
        let mut misses = Vec::new();
        for case in &cases.case {
            let before = words(&case.text);
            let after = words(&strip_marks(&redactor.redact(&case.text, &case.lang)));
            let (before_n, after_n) = (counted(&before), counted(&after));
            let name_words: Vec<String> = case.names.iter().flat_map(|n| words(n)).collect();
            let names_n = counted(&name_words);
            for (word, n) in &before_n {
                let removed = n - after_n.get(word).copied().unwrap_or(0).min(*n);
                let named = names_n.get(word).copied().unwrap_or(0).min(*n);
                found += removed.min(named);
                missed += named.saturating_sub(removed);
                false_alarms += removed.saturating_sub(named);
                if removed != named {
                    misses.push(format!(
                        "{word} ({}: removed {removed}, names {named})",
                        case.lang
                    ));
                }
            }
        }
        let recall = found as f64 / (found + missed).max(1) as f64;
        let precision = found as f64 / (found + false_alarms).max(1) as f64;
        println!(
            "name redaction on {} texts in {} languages: recall {:.1} % ({found} of {} name words), precision {:.1} % ({false_alarms} other words removed); differences: {misses:?}",
            cases.case.len(),
            cases
                .case
                .iter()
                .map(|c| c.lang.as_str())
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            recall * 100.0,
            found + missed,
            precision * 100.0,
        );
        assert!(recall >= 0.95, "recall {recall}: {misses:?}");
        assert!(precision >= 0.9, "precision {precision}: {misses:?}");
    }
}
