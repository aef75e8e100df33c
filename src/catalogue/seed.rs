//! The default catalogue (DOMAIN.md) as data files compiled into the binary, checked and
//! written to the database. Seeding only inserts what is missing, matched on natural keys
//! (slugs, question ids, languages), so it is safe on every start, never overwrites what
//! an admin edited, and new translations added to the files reach existing databases.
use super::CatalogueError;
use super::model::{Audience, PICTURES, QuestionKind, ROLES, ScaleStyle, Texts};
use crate::db::begin_write;
use entity::prelude::*;
use entity::{
    district, language, question, question_choice, question_text_history, question_translation,
    service_kind, survey, survey_section, survey_translation, unit, zone,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};

const LANGUAGES: &str = include_str!("data/languages.toml");
const PLACES: &str = include_str!("data/places.toml");
const UNITS: &str = include_str!("data/units.toml");
const SURVEYS: &[(&str, &str)] = &[
    (
        "surveys/parent.toml",
        include_str!("data/surveys/parent.toml"),
    ),
    (
        "surveys/child_4_7.toml",
        include_str!("data/surveys/child_4_7.toml"),
    ),
    (
        "surveys/child_8_12.toml",
        include_str!("data/surveys/child_8_12.toml"),
    ),
    (
        "surveys/youth_13_18.toml",
        include_str!("data/surveys/youth_13_18.toml"),
    ),
    (
        "surveys/partner.toml",
        include_str!("data/surveys/partner.toml"),
    ),
];
/// Catalogue texts in the languages beyond nb, nn and en (which the survey files hold).
const TRANSLATIONS: &[(&str, &str)] = &[
    (
        "translations/se.toml",
        include_str!("data/translations/se.toml"),
    ),
    (
        "translations/ar.toml",
        include_str!("data/translations/ar.toml"),
    ),
    (
        "translations/fa.toml",
        include_str!("data/translations/fa.toml"),
    ),
    (
        "translations/uk.toml",
        include_str!("data/translations/uk.toml"),
    ),
    (
        "translations/ru.toml",
        include_str!("data/translations/ru.toml"),
    ),
    (
        "translations/ti.toml",
        include_str!("data/translations/ti.toml"),
    ),
    (
        "translations/am.toml",
        include_str!("data/translations/am.toml"),
    ),
    (
        "translations/om.toml",
        include_str!("data/translations/om.toml"),
    ),
    (
        "translations/tl.toml",
        include_str!("data/translations/tl.toml"),
    ),
    (
        "translations/so.toml",
        include_str!("data/translations/so.toml"),
    ),
    (
        "translations/pl.toml",
        include_str!("data/translations/pl.toml"),
    ),
    (
        "translations/lt.toml",
        include_str!("data/translations/lt.toml"),
    ),
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageFile {
    pub languages: Vec<LanguageData>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageData {
    pub code: String,
    pub name: String,
    pub dir: String,
    pub detector: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlacesFile {
    pub districts: Vec<PlaceData>,
    pub zones: Vec<ZoneData>,
    pub service_kinds: Vec<ServiceKindData>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceData {
    pub slug: String,
    pub name: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ZoneData {
    pub slug: String,
    pub name: String,
    pub district: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceKindData {
    pub slug: String,
    pub name: Texts,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitsFile {
    pub units: Vec<UnitData>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitData {
    pub slug: String,
    pub name: String,
    pub service_kind: String,
    pub district: String,
    pub zone: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyData {
    pub slug: String,
    pub audience: String,
    #[serde(default)]
    pub reviewed: Vec<String>,
    #[serde(default)]
    pub roles: Vec<String>,
    /// Answered by a child with an adult beside them; `roles` are the adult's.
    #[serde(default)]
    pub assisted: bool,
    /// `child` for child-friendly scale wording.
    pub scale: Option<String>,
    pub title: Texts,
    pub intro: Texts,
    #[serde(default)]
    pub sections: Vec<SectionData>,
    pub questions: Vec<QuestionData>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionData {
    pub key: String,
    pub title: Texts,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionData {
    pub id: String,
    pub section: Option<String>,
    pub kind: String,
    #[serde(default)]
    pub required: bool,
    pub indicator: Option<String>,
    pub picture: Option<String>,
    pub text: Texts,
    #[serde(default)]
    pub help: Texts,
    #[serde(default)]
    pub choices: Vec<ChoiceData>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceData {
    pub value: String,
    pub label: Texts,
}

/// One language's texts for the catalogue (`data/translations/{lang}.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationFile {
    pub lang: String,
    pub service_kinds: BTreeMap<String, String>,
    pub surveys: BTreeMap<String, SurveyTranslationData>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyTranslationData {
    pub title: String,
    pub intro: String,
    #[serde(default)]
    pub sections: BTreeMap<String, String>,
    pub questions: BTreeMap<String, QuestionTranslationData>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionTranslationData {
    pub text: String,
    pub help: Option<String>,
}

/// The whole default catalogue, parsed and checked.
#[derive(Debug)]
pub struct DefaultCatalogue {
    pub languages: Vec<LanguageData>,
    pub places: PlacesFile,
    pub units: Vec<UnitData>,
    pub surveys: Vec<SurveyData>,
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, CatalogueError> {
    toml::from_str(text).map_err(|e| CatalogueError::SeedData {
        file: file.into(),
        message: e.to_string(),
    })
}

fn invalid(file: &str, message: String) -> CatalogueError {
    CatalogueError::SeedData {
        file: file.into(),
        message,
    }
}

/// The data files follow the same rule as the admin's edits.
use super::edit::is_slug;

/// Parses the embedded data files and checks that they refer to each other correctly.
pub fn default_catalogue() -> Result<DefaultCatalogue, CatalogueError> {
    let languages: LanguageFile = parse("languages.toml", LANGUAGES)?;
    let places: PlacesFile = parse("places.toml", PLACES)?;
    let units: UnitsFile = parse("units.toml", UNITS)?;
    let mut surveys = Vec::new();
    for (file, text) in SURVEYS {
        surveys.push(parse::<SurveyData>(file, text)?);
    }
    let mut catalogue = DefaultCatalogue {
        languages: languages.languages,
        places,
        units: units.units,
        surveys,
    };
    for (file, text) in TRANSLATIONS {
        merge_translation(&mut catalogue, file, parse(file, text)?)?;
    }
    check(&catalogue)?;
    Ok(catalogue)
}

/// Adds one language's texts to the surveys and service kinds, refusing texts for
/// surveys, sections or questions that do not exist (a typo would otherwise vanish).
fn merge_translation(
    c: &mut DefaultCatalogue,
    file: &str,
    t: TranslationFile,
) -> Result<(), CatalogueError> {
    let lang = t.lang;
    for (slug, name) in t.service_kinds {
        let kind = c.places.service_kinds.iter_mut().find(|k| k.slug == slug);
        let kind = kind.ok_or_else(|| invalid(file, format!("unknown service kind {slug}")))?;
        kind.name.insert(lang.clone(), name);
    }
    for (slug, st) in t.surveys {
        let survey = c.surveys.iter_mut().find(|s| s.slug == slug);
        let survey = survey.ok_or_else(|| invalid(file, format!("unknown survey {slug}")))?;
        survey.title.insert(lang.clone(), st.title);
        survey.intro.insert(lang.clone(), st.intro);
        for (key, title) in st.sections {
            let section = survey.sections.iter_mut().find(|x| x.key == key);
            let section =
                section.ok_or_else(|| invalid(file, format!("{slug}: unknown section {key}")))?;
            section.title.insert(lang.clone(), title);
        }
        for (id, qt) in st.questions {
            let question = survey.questions.iter_mut().find(|q| q.id == id);
            let question =
                question.ok_or_else(|| invalid(file, format!("{slug}: unknown question {id}")))?;
            question.text.insert(lang.clone(), qt.text);
            if let Some(help) = qt.help {
                question.help.insert(lang.clone(), help);
            }
        }
    }
    Ok(())
}

fn check(c: &DefaultCatalogue) -> Result<(), CatalogueError> {
    let langs: HashSet<&str> = c.languages.iter().map(|l| l.code.as_str()).collect();
    for l in &c.languages {
        if l.dir != "ltr" && l.dir != "rtl" {
            return Err(invalid(
                "languages.toml",
                format!("{}: dir must be ltr or rtl", l.code),
            ));
        }
    }
    let districts: HashSet<&str> = c.places.districts.iter().map(|d| d.slug.as_str()).collect();
    let mut zone_district = HashMap::new();
    for z in &c.places.zones {
        if !districts.contains(z.district.as_str()) {
            return Err(invalid(
                "places.toml",
                format!("zone {} names unknown district {}", z.slug, z.district),
            ));
        }
        zone_district.insert(z.slug.as_str(), z.district.as_str());
    }
    let kinds: HashSet<&str> = c
        .places
        .service_kinds
        .iter()
        .map(|k| k.slug.as_str())
        .collect();
    let mut unit_slugs = HashSet::new();
    for u in &c.units {
        let fail = |m: String| invalid("units.toml", format!("unit {}: {m}", u.slug));
        if !is_slug(&u.slug) || !unit_slugs.insert(u.slug.as_str()) {
            return Err(fail("slug must be unique lowercase ascii".into()));
        }
        if !kinds.contains(u.service_kind.as_str()) {
            return Err(fail(format!("unknown service kind {}", u.service_kind)));
        }
        if !districts.contains(u.district.as_str()) {
            return Err(fail(format!("unknown district {}", u.district)));
        }
        if let Some(z) = &u.zone {
            match zone_district.get(z.as_str()) {
                Some(d) if *d == u.district => {}
                Some(d) => return Err(fail(format!("zone {z} lies in {d}, not {}", u.district))),
                None => return Err(fail(format!("unknown zone {z}"))),
            }
        }
    }
    for s in &c.surveys {
        let file = format!("surveys/{}.toml", s.slug);
        let fail = |m: String| invalid(&file, m);
        if !is_slug(&s.slug) {
            return Err(fail("slug must be lowercase ascii".into()));
        }
        if Audience::parse(&s.audience).is_none() {
            return Err(fail(format!("unknown audience {}", s.audience)));
        }
        if let Some(r) = s.roles.iter().find(|r| !ROLES.contains(&r.as_str())) {
            return Err(fail(format!("unknown role {r}")));
        }
        if ScaleStyle::parse(s.scale.as_deref()).is_none() {
            return Err(fail("scale must be \"child\" or left out".into()));
        }
        let sections: HashSet<&str> = s.sections.iter().map(|x| x.key.as_str()).collect();
        let mut ids = HashSet::new();
        let mut text_questions = 0;
        for q in &s.questions {
            let kind = QuestionKind::parse(&q.kind)
                .ok_or_else(|| fail(format!("question {}: unknown kind {}", q.id, q.kind)))?;
            if !is_slug(&q.id) || !ids.insert(q.id.as_str()) {
                return Err(fail(format!(
                    "question id {} must be unique lowercase ascii",
                    q.id
                )));
            }
            if let Some(sec) = &q.section
                && !sections.contains(sec.as_str())
            {
                return Err(fail(format!("question {}: unknown section {sec}", q.id)));
            }
            let needs_choices = matches!(kind, QuestionKind::Single | QuestionKind::Multi);
            if needs_choices == q.choices.is_empty() {
                return Err(fail(format!(
                    "question {}: choices belong to single and multi questions only",
                    q.id
                )));
            }
            text_questions += usize::from(kind == QuestionKind::Text);
            if let Some(p) = &q.picture
                && !PICTURES.contains(&p.as_str())
            {
                return Err(fail(format!("question {}: unknown picture {p}", q.id)));
            }
            for lang in q.text.keys().chain(q.help.keys()) {
                if !langs.contains(lang.as_str()) {
                    return Err(fail(format!("question {}: unknown language {lang}", q.id)));
                }
            }
        }
        if text_questions > 1 {
            return Err(fail("a survey has at most one free-text question".into()));
        }
        for lang in s.title.keys() {
            if !langs.contains(lang.as_str()) {
                return Err(fail(format!("unknown language {lang}")));
            }
        }
    }
    Ok(())
}

/// What a seed run added.
#[derive(Debug, Default, Clone, Copy)]
pub struct SeedReport {
    pub inserted: usize,
}

/// Writes whatever of the default catalogue the database lacks, in one transaction.
pub async fn seed_default_catalogue(db: &DatabaseConnection) -> Result<SeedReport, CatalogueError> {
    let data = default_catalogue()?;
    let txn = begin_write(db).await?;
    let mut report = SeedReport::default();

    let have: HashSet<String> = Language::find()
        .all(&txn)
        .await?
        .into_iter()
        .map(|l| l.code)
        .collect();
    for (position, l) in data.languages.iter().enumerate() {
        if !have.contains(&l.code) {
            let position = i32::try_from(position).unwrap_or(i32::MAX);
            Language::insert(language::ActiveModel {
                code: Set(l.code.clone()),
                name: Set(l.name.clone()),
                dir: Set(l.dir.clone()),
                detector: Set(l.detector),
                position: Set(position),
            })
            .exec_without_returning(&txn)
            .await?;
            report.inserted += 1;
        }
    }

    let mut districts = slug_ids(
        District::find()
            .all(&txn)
            .await?
            .into_iter()
            .map(|d| (d.slug, d.id)),
    );
    for d in &data.places.districts {
        if !districts.contains_key(&d.slug) {
            let m = District::insert(district::ActiveModel {
                slug: Set(d.slug.clone()),
                name: Set(d.name.clone()),
                ..Default::default()
            })
            .exec(&txn)
            .await?;
            districts.insert(d.slug.clone(), m.last_insert_id);
            report.inserted += 1;
        }
    }

    let mut zones = slug_ids(
        Zone::find()
            .all(&txn)
            .await?
            .into_iter()
            .map(|z| (z.slug, z.id)),
    );
    for z in &data.places.zones {
        if !zones.contains_key(&z.slug) {
            let m = Zone::insert(zone::ActiveModel {
                slug: Set(z.slug.clone()),
                name: Set(z.name.clone()),
                district_id: Set(districts[&z.district]),
                ..Default::default()
            })
            .exec(&txn)
            .await?;
            zones.insert(z.slug.clone(), m.last_insert_id);
            report.inserted += 1;
        }
    }

    let mut kinds = slug_ids(
        ServiceKind::find()
            .all(&txn)
            .await?
            .into_iter()
            .map(|k| (k.slug, k.id)),
    );
    for k in &data.places.service_kinds {
        if !kinds.contains_key(&k.slug) {
            let m = ServiceKind::insert(service_kind::ActiveModel {
                slug: Set(k.slug.clone()),
                names: Set(serde_json::to_value(&k.name).unwrap_or_default()),
                ..Default::default()
            })
            .exec(&txn)
            .await?;
            kinds.insert(k.slug.clone(), m.last_insert_id);
            report.inserted += 1;
        }
    }

    let units = slug_ids(
        Unit::find()
            .all(&txn)
            .await?
            .into_iter()
            .map(|u| (u.slug, u.id)),
    );
    for u in &data.units {
        if !units.contains_key(&u.slug) {
            Unit::insert(unit::ActiveModel {
                slug: Set(u.slug.clone()),
                name: Set(u.name.clone()),
                service_kind_id: Set(kinds[&u.service_kind]),
                district_id: Set(districts[&u.district]),
                zone_id: Set(u.zone.as_ref().map(|z| zones[z])),
                active: Set(true),
                ..Default::default()
            })
            .exec(&txn)
            .await?;
            report.inserted += 1;
        }
    }

    for s in &data.surveys {
        report.inserted += seed_survey(&txn, s).await?;
    }
    txn.commit().await?;
    Ok(report)
}

fn slug_ids(pairs: impl Iterator<Item = (String, i32)>) -> HashMap<String, i32> {
    pairs.collect()
}

async fn seed_survey(txn: &impl ConnectionTrait, s: &SurveyData) -> Result<usize, CatalogueError> {
    let mut inserted = 0;
    let survey_id = match Survey::find()
        .filter(survey::Column::Slug.eq(&s.slug))
        .one(txn)
        .await?
    {
        Some(existing) => existing.id,
        None => {
            inserted += 1;
            Survey::insert(survey::ActiveModel {
                slug: Set(s.slug.clone()),
                audience: Set(s.audience.clone()),
                roles: Set(serde_json::to_value(&s.roles).unwrap_or_default()),
                active: Set(true),
                assisted: Set(s.assisted),
                scale_style: Set(s.scale.clone()),
                ..Default::default()
            })
            .exec(txn)
            .await?
            .last_insert_id
        }
    };

    let have: HashSet<String> = SurveyTranslation::find()
        .filter(survey_translation::Column::SurveyId.eq(survey_id))
        .all(txn)
        .await?
        .into_iter()
        .map(|t| t.lang)
        .collect();
    for (lang, title) in &s.title {
        if !have.contains(lang) {
            inserted += 1;
            SurveyTranslation::insert(survey_translation::ActiveModel {
                survey_id: Set(survey_id),
                lang: Set(lang.clone()),
                title: Set(title.clone()),
                intro: Set(s.intro.get(lang).cloned().unwrap_or_default()),
                reviewed: Set(s.reviewed.contains(lang)),
                ..Default::default()
            })
            .exec(txn)
            .await?;
        }
    }

    let have: HashSet<String> = SurveySection::find()
        .filter(survey_section::Column::SurveyId.eq(survey_id))
        .all(txn)
        .await?
        .into_iter()
        .map(|x| x.key)
        .collect();
    for (position, sec) in s.sections.iter().enumerate() {
        if !have.contains(&sec.key) {
            inserted += 1;
            SurveySection::insert(survey_section::ActiveModel {
                survey_id: Set(survey_id),
                key: Set(sec.key.clone()),
                position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
                titles: Set(serde_json::to_value(&sec.title).unwrap_or_default()),
                ..Default::default()
            })
            .exec(txn)
            .await?;
        }
    }

    let existing: HashMap<String, i32> = Question::find()
        .filter(question::Column::SurveyId.eq(survey_id))
        .all(txn)
        .await?
        .into_iter()
        .map(|q| (q.key, q.id))
        .collect();
    for (position, q) in s.questions.iter().enumerate() {
        let question_id = match existing.get(&q.id) {
            Some(id) => *id,
            None => {
                inserted += 1;
                Question::insert(question::ActiveModel {
                    survey_id: Set(survey_id),
                    key: Set(q.id.clone()),
                    section_key: Set(q.section.clone()),
                    position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
                    kind: Set(q.kind.clone()),
                    required: Set(q.required),
                    indicator: Set(q.indicator.clone()),
                    picture: Set(q.picture.clone()),
                    active: Set(true),
                    ..Default::default()
                })
                .exec(txn)
                .await?
                .last_insert_id
            }
        };
        // A language an admin has reworded (or removed) is the database's from then on.
        let mut have: HashSet<String> = QuestionTranslation::find()
            .filter(question_translation::Column::QuestionId.eq(question_id))
            .all(txn)
            .await?
            .into_iter()
            .map(|t| t.lang)
            .collect();
        have.extend(
            QuestionTextHistory::find()
                .filter(question_text_history::Column::QuestionId.eq(question_id))
                .all(txn)
                .await?
                .into_iter()
                .map(|h| h.lang),
        );
        for (lang, text) in &q.text {
            if !have.contains(lang) {
                inserted += 1;
                QuestionTranslation::insert(question_translation::ActiveModel {
                    question_id: Set(question_id),
                    lang: Set(lang.clone()),
                    text: Set(text.clone()),
                    help: Set(q.help.get(lang).cloned()),
                    reviewed: Set(s.reviewed.contains(lang)),
                    audio_file: Set(None),
                    ..Default::default()
                })
                .exec(txn)
                .await?;
            }
        }
        let have: HashSet<String> = QuestionChoice::find()
            .filter(question_choice::Column::QuestionId.eq(question_id))
            .all(txn)
            .await?
            .into_iter()
            .map(|c| c.value)
            .collect();
        for (position, choice) in q.choices.iter().enumerate() {
            if !have.contains(&choice.value) {
                inserted += 1;
                QuestionChoice::insert(question_choice::ActiveModel {
                    question_id: Set(question_id),
                    position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
                    value: Set(choice.value.clone()),
                    labels: Set(serde_json::to_value(&choice.label).unwrap_or_default()),
                    ..Default::default()
                })
                .exec(txn)
                .await?;
            }
        }
    }
    Ok(inserted)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Languages of a survey's texts, for checks.
    pub fn survey_languages(s: &SurveyData) -> BTreeMap<String, usize> {
        let mut counts = BTreeMap::new();
        for q in &s.questions {
            for lang in q.text.keys() {
                *counts.entry(lang.clone()).or_insert(0) += 1;
            }
        }
        counts
    }

    #[test]
    fn default_catalogue_is_consistent() {
        let c = default_catalogue().expect("the shipped data files are valid");
        assert_eq!(c.languages.len(), 15);
        assert_eq!(c.places.districts.len(), 4);
        assert_eq!(c.places.zones.len(), 6);
        assert!(c.units.len() >= 12);
        let parent = c
            .surveys
            .iter()
            .find(|s| s.audience == "parent")
            .expect("a parent survey");
        assert_eq!(parent.questions[0].indicator.as_deref(), Some("V1"));
        for code in (1..=11)
            .map(|n| format!("V{n}"))
            .chain((1..=6).map(|n| format!("O{n}")))
        {
            assert!(
                parent
                    .questions
                    .iter()
                    .any(|q| q.indicator.as_deref() == Some(code.as_str())),
                "parent survey lacks {code}"
            );
        }
    }

    #[test]
    fn every_question_has_text_in_nb_nn_and_en() {
        let c = default_catalogue().expect("valid");
        for s in &c.surveys {
            let counts = survey_languages(s);
            for lang in ["nb", "nn", "en"] {
                assert_eq!(
                    counts.get(lang),
                    Some(&s.questions.len()),
                    "{} lacks {lang}",
                    s.slug
                );
                assert!(
                    s.title.contains_key(lang) && s.intro.contains_key(lang),
                    "{} title/intro {lang}",
                    s.slug
                );
            }
        }
    }
}
