//! The catalogue as the rest of the application sees it: an immutable snapshot loaded
//! from the database, with lookups by slug. Enums here can only hold known values.
use std::collections::BTreeMap;
use std::fmt;

/// Who a survey is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Audience {
    Parent,
    Child4To7,
    Child8To12,
    Youth13To18,
    Partner,
}

impl Audience {
    pub const ALL: [Audience; 5] = [
        Audience::Parent,
        Audience::Child4To7,
        Audience::Child8To12,
        Audience::Youth13To18,
        Audience::Partner,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Parent => "parent",
            Audience::Child4To7 => "child_4_7",
            Audience::Child8To12 => "child_8_12",
            Audience::Youth13To18 => "youth_13_18",
            Audience::Partner => "partner",
        }
    }

    pub fn parse(s: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

impl fmt::Display for Audience {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionKind {
    /// Five faces, 1 = strongly disagree … 5 = strongly agree.
    Scale5,
    /// Three faces, 1 = no … 3 = yes.
    Scale3,
    /// yes, no, unsure.
    YesNo,
    Single,
    Multi,
    /// Free text: sent as the response's `text`.
    Text,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 6] = [
        QuestionKind::Scale5,
        QuestionKind::Scale3,
        QuestionKind::YesNo,
        QuestionKind::Single,
        QuestionKind::Multi,
        QuestionKind::Text,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::Scale5 => "scale5",
            QuestionKind::Scale3 => "scale3",
            QuestionKind::YesNo => "yes_no",
            QuestionKind::Single => "single",
            QuestionKind::Multi => "multi",
            QuestionKind::Text => "text",
        }
    }

    pub fn parse(s: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The answer values of the kinds whose choices are fixed, in order from least to
    /// most agreeing; `None` for kinds whose choices come from the catalogue.
    pub fn fixed_values(self) -> Option<&'static [&'static str]> {
        match self {
            QuestionKind::Scale5 => Some(&["1", "2", "3", "4", "5"]),
            QuestionKind::Scale3 => Some(&["1", "2", "3"]),
            QuestionKind::YesNo => Some(&["no", "unsure", "yes"]),
            _ => None,
        }
    }

    /// Scales send numbers; everything else sends strings.
    pub fn is_numeric(self) -> bool {
        matches!(self, QuestionKind::Scale5 | QuestionKind::Scale3)
    }
}

/// The roles a respondent may say they answer as (DOMAIN.md §2), and, on assisted
/// forms, the roles of the adult beside the child.
pub const ROLES: [&str; 9] = [
    "parent",
    "next_of_kin",
    "client",
    "resident",
    "participant",
    "pupil",
    "staff",
    "partner",
    "other_adult",
];

/// Pictograms a question may show (drawn in `templates/forms/_picture.html`).
pub const PICTURES: [&str; 10] = [
    "help", "listen", "safe", "friends", "place", "happy", "school", "home", "talk", "adult",
];

/// How the points of a scale are worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ScaleStyle {
    /// Strongly disagree … strongly agree.
    #[default]
    Agree,
    /// Words a child uses: no … yes.
    Child,
}

impl ScaleStyle {
    pub fn parse(s: Option<&str>) -> Option<ScaleStyle> {
        match s {
            None => Some(ScaleStyle::Agree),
            Some("child") => Some(ScaleStyle::Child),
            Some(_) => None,
        }
    }

    pub fn as_str(self) -> Option<&'static str> {
        match self {
            ScaleStyle::Agree => None,
            ScaleStyle::Child => Some("child"),
        }
    }
}

/// Text in several languages, keyed by language code.
pub type Texts = BTreeMap<String, String>;

/// Picks the text in `lang`, else Bokmål, else any.
pub fn pick<'a>(texts: &'a Texts, lang: &str) -> &'a str {
    texts
        .get(lang)
        .or_else(|| texts.get(crate::i18n::DEFAULT_LANG))
        .or_else(|| texts.values().next())
        .map(String::as_str)
        .unwrap_or("")
}

#[derive(Debug, Clone)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub dir: String,
    pub detector: bool,
}

#[derive(Debug, Clone)]
pub struct Place {
    pub id: i32,
    pub slug: String,
    pub name: String,
    /// The district a zone lies in (`None` for a district).
    pub district: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ServiceKind {
    pub id: i32,
    pub slug: String,
    pub names: Texts,
}

#[derive(Debug, Clone)]
pub struct Unit {
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub service_kind: String,
    pub district: String,
    pub zone: Option<String>,
    pub active: bool,
}

#[derive(Debug, Clone)]
pub struct Choice {
    pub value: String,
    pub labels: Texts,
}

#[derive(Debug, Clone)]
pub struct QuestionText {
    pub text: String,
    pub help: Option<String>,
    pub reviewed: bool,
    /// A recorded reading, served from the data folder's `audio/`.
    pub audio_file: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Question {
    /// Database id (answers refer to it).
    pub db_id: i32,
    /// Stable id that API clients send answers under.
    pub key: String,
    pub section: Option<String>,
    pub kind: QuestionKind,
    pub required: bool,
    pub indicator: Option<String>,
    pub picture: Option<String>,
    /// Retired questions are no longer asked but still read old answers and count in
    /// indicators.
    pub active: bool,
    pub texts: BTreeMap<String, QuestionText>,
    /// Choices of single and multiple choice questions (empty for other kinds).
    pub choices: Vec<Choice>,
}

/// The answer value of "does not apply to me" / "I don't know".
pub const NOT_APPLICABLE: &str = "na";

impl Question {
    pub fn text(&self, lang: &str) -> Option<&QuestionText> {
        self.texts
            .get(lang)
            .or_else(|| self.texts.get(crate::i18n::DEFAULT_LANG))
    }

    /// Whether `value` is one of this question's answer values.
    pub fn accepts(&self, value: &str) -> bool {
        if value == NOT_APPLICABLE {
            return self.offers_not_applicable();
        }
        match self.kind.fixed_values() {
            Some(values) => values.contains(&value),
            None => self.choices.iter().any(|c| c.value == value),
        }
    }

    /// Whether the question offers "does not apply to me" ("I don't know" on the
    /// children's forms): every scale question the catalogue does not require. Such an
    /// answer is kept, and left out of the indicator (neither positive nor negative).
    pub fn offers_not_applicable(&self) -> bool {
        !self.required && self.kind.is_numeric()
    }

    /// Answer values in display order.
    pub fn values(&self) -> Vec<&str> {
        match self.kind.fixed_values() {
            Some(values) => values.to_vec(),
            None => self.choices.iter().map(|c| c.value.as_str()).collect(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Section {
    pub key: String,
    pub titles: Texts,
}

#[derive(Debug, Clone)]
pub struct SurveyText {
    pub title: String,
    pub intro: String,
    pub reviewed: bool,
}

#[derive(Debug, Clone)]
pub struct Survey {
    pub id: i32,
    pub slug: String,
    pub audience: Audience,
    /// On an assisted survey these are the roles of the adult beside the child.
    pub roles: Vec<String>,
    pub active: bool,
    /// Answered by a child with an adult beside them.
    pub assisted: bool,
    pub scale_style: ScaleStyle,
    pub texts: BTreeMap<String, SurveyText>,
    pub sections: Vec<Section>,
    pub questions: Vec<Question>,
}

impl Survey {
    /// A question that is asked now, by its key.
    pub fn question(&self, key: &str) -> Option<&Question> {
        self.asked().find(|q| q.key == key)
    }

    /// The questions asked now, in order (`questions` also holds retired ones).
    pub fn asked(&self) -> impl Iterator<Item = &Question> {
        self.questions.iter().filter(|q| q.active)
    }

    /// The free-text question, if the survey has one (at most one, checked at seed).
    pub fn text_question(&self) -> Option<&Question> {
        self.asked().find(|q| q.kind == QuestionKind::Text)
    }

    /// Languages in which every question asked and the title have a text.
    pub fn complete_languages(&self) -> Vec<String> {
        self.texts
            .keys()
            .filter(|lang| self.asked().all(|q| q.texts.contains_key(*lang)))
            .cloned()
            .collect()
    }

    pub fn text(&self, lang: &str) -> Option<&SurveyText> {
        self.texts
            .get(lang)
            .or_else(|| self.texts.get(crate::i18n::DEFAULT_LANG))
    }
}

/// Everything a form or a validation needs, loaded once and replaced when it changes.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    /// The latest catalogue revision (0 before any edit); responses record it.
    pub revision: i32,
    pub languages: Vec<Language>,
    pub districts: Vec<Place>,
    pub zones: Vec<Place>,
    pub service_kinds: Vec<ServiceKind>,
    pub units: Vec<Unit>,
    pub surveys: Vec<Survey>,
}

impl Catalogue {
    pub fn survey(&self, slug: &str) -> Option<&Survey> {
        self.surveys.iter().find(|s| s.slug == slug && s.active)
    }

    pub fn unit(&self, slug: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.slug == slug && u.active)
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    /// Whether `value` names something of a filter dimension (unit, service_kind,
    /// district, zone, survey, audience, lang); `None` for a dimension that is not one.
    /// Search and indicators check their filters with this.
    pub fn knows(&self, dimension: &str, value: &str) -> Option<bool> {
        Some(match dimension {
            "unit" => self.unit(value).is_some(),
            "service_kind" => self.service_kind(value).is_some(),
            "district" => self.districts.iter().any(|d| d.slug == value),
            "zone" => self.zones.iter().any(|z| z.slug == value),
            "survey" => self.survey(value).is_some(),
            "audience" => Audience::parse(value).is_some(),
            "lang" => self.language(value).is_some(),
            _ => return None,
        })
    }

    pub fn service_kind(&self, slug: &str) -> Option<&ServiceKind> {
        self.service_kinds.iter().find(|k| k.slug == slug)
    }

    /// The district zone `slug` lies in.
    pub fn zone_district(&self, slug: &str) -> Option<&str> {
        self.zones
            .iter()
            .find(|z| z.slug == slug)
            .and_then(|z| z.district.as_deref())
    }

    pub fn rtl_codes(&self) -> Vec<&str> {
        self.languages
            .iter()
            .filter(|l| l.dir == "rtl")
            .map(|l| l.code.as_str())
            .collect()
    }
}
