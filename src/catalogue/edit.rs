//! Changes an admin makes to the catalogue. Each change that alters anything is one
//! numbered revision, written with its audit record in one transaction. A question's
//! wording is never overwritten without keeping the old one: the text, help and choice
//! labels it had in a language are stored with the revision that ended them, so an
//! answer given earlier is read beside the question it was given (`text_as_given`).
//! Slugs and question keys never change (links, tokens and API clients hold them), and
//! questions are retired rather than deleted.
use super::model::{QuestionKind, Texts};
use crate::admin::audit;
use crate::db::begin_write;
use entity::prelude::*;
use entity::{
    catalogue_revision, district, question, question_choice, question_text_history,
    question_translation, service_kind, survey, survey_translation, unit, zone,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, DbErr, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
};
use std::collections::BTreeMap;

/// Longest name of a unit, district or zone.
pub const MAX_NAME: usize = 120;
/// Longest question text, survey title or choice label.
pub const MAX_TEXT: usize = 600;
/// Longest help text or survey introduction.
pub const MAX_LONG_TEXT: usize = 2000;

#[derive(Debug, thiserror::Error)]
pub enum EditError {
    #[error("not found")]
    NotFound,
    #[error("a slug is 2–60 characters: lower-case letters, digits, dash or underscore")]
    InvalidSlug,
    #[error("{0} is taken")]
    Taken(String),
    #[error("the name must be 1–{MAX_NAME} characters")]
    InvalidName,
    #[error("the Bokmål text is required")]
    DefaultTextRequired,
    #[error("the survey's title in {0} cannot be removed")]
    TitleKept(String),
    #[error("a text in {0} is too long")]
    TooLong(String),
    #[error("unknown service kind")]
    UnknownServiceKind,
    #[error("unknown district")]
    UnknownDistrict,
    #[error("the zone does not lie in the unit's district")]
    ZoneOutsideDistrict,
    #[error("unknown question kind")]
    UnknownKind,
    #[error("a choice question needs two or more distinct choices written as value = label")]
    ChoicesNeeded,
    #[error("the survey already asks a free-text question")]
    SecondTextQuestion,
    #[error("database error: {0}")]
    Db(#[from] DbErr),
}

impl EditError {
    pub fn code(&self) -> &'static str {
        match self {
            EditError::NotFound => "not_found",
            EditError::InvalidSlug => "invalid_slug",
            EditError::Taken(_) => "taken",
            EditError::InvalidName => "invalid_name",
            EditError::DefaultTextRequired => "default_text_required",
            EditError::TitleKept(_) => "title_kept",
            EditError::TooLong(_) => "too_long",
            EditError::UnknownServiceKind => "unknown_service_kind",
            EditError::UnknownDistrict => "unknown_district",
            EditError::ZoneOutsideDistrict => "zone_outside_district",
            EditError::UnknownKind => "unknown_kind",
            EditError::ChoicesNeeded => "choices_needed",
            EditError::SecondTextQuestion => "second_text_question",
            EditError::Db(_) => "unavailable",
        }
    }
}

pub fn is_slug(s: &str) -> bool {
    (2..=60).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Trims a name and checks its length.
fn name(raw: &str) -> Result<String, EditError> {
    let name = raw.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(EditError::InvalidName);
    }
    Ok(name.to_owned())
}

fn check_len(text: &str, max: usize, lang: &str) -> Result<(), EditError> {
    if text.chars().count() > max {
        return Err(EditError::TooLong(lang.to_owned()));
    }
    Ok(())
}

/// Opens a revision inside `txn`: the revision row and its audit record.
pub(super) async fn revise(
    txn: &DatabaseTransaction,
    actor: &str,
    action: &str,
    target: &str,
    detail: &str,
) -> Result<i32, DbErr> {
    let what = if detail.is_empty() {
        target.to_owned()
    } else {
        format!("{target}: {detail}")
    };
    let revision = CatalogueRevision::insert(catalogue_revision::ActiveModel {
        at: Set(chrono::Utc::now()),
        actor: Set(actor.to_owned()),
        what: Set(what),
        ..Default::default()
    })
    .exec(txn)
    .await?
    .last_insert_id;
    let detail = format!("revision {revision}; {detail}");
    audit::record_in(
        txn,
        actor,
        action,
        Some(target),
        Some(detail.trim_end_matches("; ")),
    )
    .await?;
    Ok(revision)
}

/// The latest revisions, newest first.
pub async fn revisions(
    db: &impl ConnectionTrait,
    limit: u64,
) -> Result<Vec<catalogue_revision::Model>, DbErr> {
    use sea_orm::QuerySelect;
    CatalogueRevision::find()
        .order_by_desc(catalogue_revision::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// One language's wording of a question as an admin submits it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Wording {
    pub text: String,
    pub help: Option<String>,
    pub reviewed: bool,
    /// Labels of a choice question's choices by value.
    pub choices: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default)]
pub struct QuestionEdit {
    pub required: bool,
    pub active: bool,
    /// By language; a language left out (or with an empty text) has no translation.
    pub wording: BTreeMap<String, Wording>,
}

/// Saves a question: returns the new revision, or `None` when nothing changed.
pub async fn save_question(
    db: &DatabaseConnection,
    actor: &str,
    survey_slug: &str,
    key: &str,
    edit: QuestionEdit,
) -> Result<Option<i32>, EditError> {
    let wording = check_wording(edit.wording)?;
    let txn = begin_write(db).await?;
    let (survey, q) = find_question(&txn, survey_slug, key).await?;
    let translations: BTreeMap<String, question_translation::Model> = QuestionTranslation::find()
        .filter(question_translation::Column::QuestionId.eq(q.id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|t| (t.lang.clone(), t))
        .collect();
    let choices = QuestionChoice::find()
        .filter(question_choice::Column::QuestionId.eq(q.id))
        .order_by_asc(question_choice::Column::Position)
        .all(&txn)
        .await?;
    let labels_in = |lang: &str| -> BTreeMap<String, String> {
        choices
            .iter()
            .filter_map(|c| {
                let labels: Texts = serde_json::from_value(c.labels.clone()).unwrap_or_default();
                labels.get(lang).map(|l| (c.value.clone(), l.clone()))
            })
            .collect()
    };
    // Only labels of choices the question has count; others are ignored.
    let wording: BTreeMap<String, Wording> = wording
        .into_iter()
        .map(|(lang, mut w)| {
            w.choices
                .retain(|v, _| choices.iter().any(|c| &c.value == v));
            (lang, w)
        })
        .collect();

    let mut reworded = Vec::new();
    let mut flagged = Vec::new();
    let langs: std::collections::BTreeSet<&String> =
        translations.keys().chain(wording.keys()).collect();
    for lang in langs {
        let before = translations.get(lang).map(|t| Wording {
            text: t.text.clone(),
            help: t.help.clone(),
            reviewed: t.reviewed,
            choices: labels_in(lang),
        });
        let after = wording.get(lang);
        let same_words = match (&before, after) {
            (Some(b), Some(a)) => b.text == a.text && b.help == a.help && b.choices == a.choices,
            (None, None) => true,
            _ => false,
        };
        if !same_words {
            reworded.push(lang.clone());
        } else if before.as_ref().map(|b| b.reviewed) != after.map(|a| a.reviewed) {
            flagged.push(lang.clone());
        }
    }
    let settings_changed = q.required != edit.required || q.active != edit.active;
    if reworded.is_empty() && flagged.is_empty() && !settings_changed {
        txn.rollback().await?;
        return Ok(None);
    }
    let mut detail = Vec::new();
    if !reworded.is_empty() {
        detail.push(format!("wording {}", reworded.join(",")));
    }
    if !flagged.is_empty() {
        detail.push(format!("reviewed {}", flagged.join(",")));
    }
    if q.required != edit.required {
        detail.push(format!("required {}", edit.required));
    }
    if q.active != edit.active {
        detail.push(
            if edit.active {
                "asked again"
            } else {
                "retired"
            }
            .to_owned(),
        );
    }
    let target = format!("{}/{}", survey.slug, q.key);
    let revision = revise(
        &txn,
        actor,
        "catalogue.question",
        &target,
        &detail.join("; "),
    )
    .await?;

    // The old wording of every reworded language stays readable for earlier answers;
    // a language that had no text gets an empty one, so earlier answers in it are read
    // beside the Bokmål they were shown instead.
    for lang in &reworded {
        let (text, help) = translations
            .get(lang)
            .map(|t| (t.text.clone(), t.help.clone()))
            .unwrap_or_default();
        let labels = labels_in(lang);
        QuestionTextHistory::insert(question_text_history::ActiveModel {
            question_id: Set(q.id),
            lang: Set(lang.clone()),
            text: Set(text),
            help: Set(help),
            choices: Set((!labels.is_empty()).then(|| serde_json::json!(labels))),
            until_revision: Set(revision),
            ..Default::default()
        })
        .exec_without_returning(&txn)
        .await?;
    }
    for lang in reworded.iter().chain(flagged.iter()) {
        match (translations.get(lang), wording.get(lang)) {
            (Some(t), Some(w)) => {
                let mut m = t.clone().into_active_model();
                m.text = Set(w.text.clone());
                m.help = Set(w.help.clone());
                m.reviewed = Set(w.reviewed);
                // A recording of the old words would read the family something else.
                if reworded.contains(lang) {
                    m.audio_file = Set(None);
                }
                m.update(&txn).await?;
            }
            (None, Some(w)) => {
                QuestionTranslation::insert(question_translation::ActiveModel {
                    question_id: Set(q.id),
                    lang: Set(lang.clone()),
                    text: Set(w.text.clone()),
                    help: Set(w.help.clone()),
                    reviewed: Set(w.reviewed),
                    ..Default::default()
                })
                .exec_without_returning(&txn)
                .await?;
            }
            (Some(t), None) => {
                QuestionTranslation::delete_by_id(t.id).exec(&txn).await?;
            }
            (None, None) => {}
        }
    }
    if !choices.is_empty() && !reworded.is_empty() {
        for c in &choices {
            let mut labels: Texts = serde_json::from_value(c.labels.clone()).unwrap_or_default();
            for lang in &reworded {
                match wording.get(lang).and_then(|w| w.choices.get(&c.value)) {
                    Some(label) => labels.insert(lang.clone(), label.clone()),
                    None => labels.remove(lang),
                };
            }
            let mut m = c.clone().into_active_model();
            m.labels = Set(serde_json::json!(labels));
            m.update(&txn).await?;
        }
    }
    // A retired question is read to nobody: its recordings go (`recordings::prune`
    // removes the files).
    if q.active && !edit.active {
        QuestionTranslation::update_many()
            .col_expr(
                question_translation::Column::AudioFile,
                sea_orm::sea_query::Expr::value(Option::<String>::None),
            )
            .filter(question_translation::Column::QuestionId.eq(q.id))
            .exec(&txn)
            .await?;
    }
    if settings_changed {
        let mut m = q.into_active_model();
        m.required = Set(edit.required);
        m.active = Set(edit.active);
        m.update(&txn).await?;
    }
    txn.commit().await?;
    Ok(Some(revision))
}

/// Trims every text, drops languages without a text, and checks lengths; Bokmål must
/// stay, since every other language falls back to it.
fn check_wording(
    wording: BTreeMap<String, Wording>,
) -> Result<BTreeMap<String, Wording>, EditError> {
    let mut out = BTreeMap::new();
    for (lang, w) in wording {
        let text = w.text.trim().to_owned();
        if text.is_empty() {
            continue;
        }
        check_len(&text, MAX_TEXT, &lang)?;
        let help = w
            .help
            .map(|h| h.trim().to_owned())
            .filter(|h| !h.is_empty());
        if let Some(h) = &help {
            check_len(h, MAX_LONG_TEXT, &lang)?;
        }
        let mut choices = BTreeMap::new();
        for (value, label) in w.choices {
            let label = label.trim().to_owned();
            if label.is_empty() {
                continue;
            }
            check_len(&label, MAX_TEXT, &lang)?;
            choices.insert(value, label);
        }
        out.insert(
            lang,
            Wording {
                text,
                help,
                reviewed: w.reviewed,
                choices,
            },
        );
    }
    if !out.contains_key(crate::i18n::DEFAULT_LANG) {
        return Err(EditError::DefaultTextRequired);
    }
    Ok(out)
}

pub(super) async fn find_question(
    txn: &impl ConnectionTrait,
    survey_slug: &str,
    key: &str,
) -> Result<(survey::Model, question::Model), EditError> {
    let survey = Survey::find()
        .filter(survey::Column::Slug.eq(survey_slug))
        .one(txn)
        .await?
        .ok_or(EditError::NotFound)?;
    let q = Question::find()
        .filter(question::Column::SurveyId.eq(survey.id))
        .filter(question::Column::Key.eq(key))
        .one(txn)
        .await?
        .ok_or(EditError::NotFound)?;
    Ok((survey, q))
}

/// Each question's wording as a respondent answering in `lang` under `revision` saw
/// it, by question database id: `(language shown, text)`. Where the language had no
/// text then, the Bokmål the form fell back to. One query for all the questions.
pub async fn wordings_given(
    db: &impl ConnectionTrait,
    questions: &[&super::Question],
    lang: &str,
    revision: i32,
) -> Result<BTreeMap<i32, (String, String)>, DbErr> {
    let langs = [lang, crate::i18n::DEFAULT_LANG];
    // The earliest replacement after `revision` holds the wording then in force.
    let mut earlier: BTreeMap<(i32, &str), String> = BTreeMap::new();
    for h in QuestionTextHistory::find()
        .filter(question_text_history::Column::QuestionId.is_in(questions.iter().map(|q| q.db_id)))
        .filter(question_text_history::Column::Lang.is_in(langs))
        .filter(question_text_history::Column::UntilRevision.gt(revision))
        .order_by_desc(question_text_history::Column::UntilRevision)
        .all(db)
        .await?
    {
        if let Some(l) = langs.iter().find(|l| **l == h.lang) {
            earlier.insert((h.question_id, *l), h.text);
        }
    }
    let mut out = BTreeMap::new();
    for q in questions {
        let shown = langs
            .iter()
            .find_map(|l| match earlier.get(&(q.db_id, *l)) {
                Some(text) if !text.is_empty() => Some((l, text.clone())),
                // An empty earlier wording: the language had no text then.
                Some(_) => None,
                None => q.texts.get(*l).map(|t| (l, t.text.clone())),
            });
        if let Some((l, text)) = shown {
            out.insert(q.db_id, ((*l).to_owned(), text));
        }
    }
    Ok(out)
}

/// A new question as an admin adds it (in Bokmål first; other languages on its page).
#[derive(Debug, Clone, Default)]
pub struct NewQuestion {
    pub key: String,
    pub kind: String,
    pub section: Option<String>,
    pub required: bool,
    pub text: String,
    pub help: Option<String>,
    /// `value = label` lines, for single and multiple choice.
    pub choices: String,
}

/// Parses `value = label` lines into distinct choices.
pub fn parse_choices(lines: &str) -> Result<Vec<(String, String)>, EditError> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in lines.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (value, label) = line.split_once('=').ok_or(EditError::ChoicesNeeded)?;
        let (value, label) = (value.trim().to_lowercase(), label.trim());
        if !is_slug(&value) || label.is_empty() || out.iter().any(|(v, _)| *v == value) {
            return Err(EditError::ChoicesNeeded);
        }
        check_len(label, MAX_TEXT, crate::i18n::DEFAULT_LANG)?;
        out.push((value, label.to_owned()));
    }
    if out.len() < 2 {
        return Err(EditError::ChoicesNeeded);
    }
    Ok(out)
}

/// Adds a question at the end of a survey.
pub async fn add_question(
    db: &DatabaseConnection,
    actor: &str,
    survey_slug: &str,
    new: NewQuestion,
) -> Result<i32, EditError> {
    let key = new.key.trim().to_lowercase();
    if !is_slug(&key) {
        return Err(EditError::InvalidSlug);
    }
    let kind = QuestionKind::parse(&new.kind).ok_or(EditError::UnknownKind)?;
    let text = new.text.trim().to_owned();
    if text.is_empty() {
        return Err(EditError::DefaultTextRequired);
    }
    check_len(&text, MAX_TEXT, crate::i18n::DEFAULT_LANG)?;
    let help = new
        .help
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty());
    if let Some(h) = &help {
        check_len(h, MAX_LONG_TEXT, crate::i18n::DEFAULT_LANG)?;
    }
    let choices = match kind {
        QuestionKind::Single | QuestionKind::Multi => parse_choices(&new.choices)?,
        _ => Vec::new(),
    };
    let txn = begin_write(db).await?;
    let survey = Survey::find()
        .filter(survey::Column::Slug.eq(survey_slug))
        .one(&txn)
        .await?
        .ok_or(EditError::NotFound)?;
    let existing = Question::find()
        .filter(question::Column::SurveyId.eq(survey.id))
        .all(&txn)
        .await?;
    if existing.iter().any(|q| q.key == key) {
        return Err(EditError::Taken(key));
    }
    if kind == QuestionKind::Text
        && existing
            .iter()
            .any(|q| q.active && q.kind == QuestionKind::Text.as_str())
    {
        return Err(EditError::SecondTextQuestion);
    }
    let section = new.section.filter(|s| !s.is_empty());
    let target = format!("{}/{key}", survey.slug);
    let revision = revise(
        &txn,
        actor,
        "catalogue.question_add",
        &target,
        &format!("kind {}", kind.as_str()),
    )
    .await?;
    let position = existing.iter().map(|q| q.position).max().unwrap_or(0) + 1;
    let question_id = Question::insert(question::ActiveModel {
        survey_id: Set(survey.id),
        key: Set(key),
        section_key: Set(section),
        position: Set(position),
        kind: Set(kind.as_str().to_owned()),
        required: Set(new.required),
        indicator: Set(None),
        picture: Set(None),
        active: Set(true),
        ..Default::default()
    })
    .exec(&txn)
    .await?
    .last_insert_id;
    QuestionTranslation::insert(question_translation::ActiveModel {
        question_id: Set(question_id),
        lang: Set(crate::i18n::DEFAULT_LANG.to_owned()),
        text: Set(text),
        help: Set(help),
        reviewed: Set(true),
        ..Default::default()
    })
    .exec_without_returning(&txn)
    .await?;
    for (position, (value, label)) in choices.into_iter().enumerate() {
        QuestionChoice::insert(question_choice::ActiveModel {
            question_id: Set(question_id),
            position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
            value: Set(value),
            labels: Set(serde_json::json!({ crate::i18n::DEFAULT_LANG: label })),
            ..Default::default()
        })
        .exec_without_returning(&txn)
        .await?;
    }
    txn.commit().await?;
    Ok(revision)
}

/// A survey's title and introduction in one language.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SurveyWording {
    pub title: String,
    pub intro: String,
    pub reviewed: bool,
}

#[derive(Debug, Clone, Default)]
pub struct SurveyEdit {
    pub active: bool,
    pub wording: BTreeMap<String, SurveyWording>,
}

/// Saves a survey's titles, introductions and whether it is offered.
pub async fn save_survey(
    db: &DatabaseConnection,
    actor: &str,
    slug: &str,
    edit: SurveyEdit,
) -> Result<Option<i32>, EditError> {
    let mut wording = BTreeMap::new();
    for (lang, w) in edit.wording {
        let title = w.title.trim().to_owned();
        if title.is_empty() {
            continue;
        }
        check_len(&title, MAX_TEXT, &lang)?;
        let intro = w.intro.trim().to_owned();
        check_len(&intro, MAX_LONG_TEXT, &lang)?;
        wording.insert(
            lang,
            SurveyWording {
                title,
                intro,
                reviewed: w.reviewed,
            },
        );
    }
    if !wording.contains_key(crate::i18n::DEFAULT_LANG) {
        return Err(EditError::DefaultTextRequired);
    }
    let txn = begin_write(db).await?;
    let survey = Survey::find()
        .filter(survey::Column::Slug.eq(slug))
        .one(&txn)
        .await?
        .ok_or(EditError::NotFound)?;
    let translations: BTreeMap<String, survey_translation::Model> = SurveyTranslation::find()
        .filter(survey_translation::Column::SurveyId.eq(survey.id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|t| (t.lang.clone(), t))
        .collect();
    // A title is never removed (the seed would bring it back); a language is withdrawn
    // by removing a question's text in it.
    if let Some(lang) = translations.keys().find(|l| !wording.contains_key(*l)) {
        return Err(EditError::TitleKept(lang.clone()));
    }
    let langs: std::collections::BTreeSet<&String> =
        translations.keys().chain(wording.keys()).collect();
    let changed: Vec<String> = langs
        .into_iter()
        .filter(|lang| {
            translations.get(*lang).map(|t| SurveyWording {
                title: t.title.clone(),
                intro: t.intro.clone(),
                reviewed: t.reviewed,
            }) != wording.get(*lang).cloned()
        })
        .cloned()
        .collect();
    if changed.is_empty() && survey.active == edit.active {
        txn.rollback().await?;
        return Ok(None);
    }
    let mut detail = Vec::new();
    if !changed.is_empty() {
        detail.push(format!("texts {}", changed.join(",")));
    }
    if survey.active != edit.active {
        detail.push(if edit.active { "offered" } else { "withdrawn" }.to_owned());
    }
    let revision = revise(
        &txn,
        actor,
        "catalogue.survey",
        &survey.slug,
        &detail.join("; "),
    )
    .await?;
    for lang in &changed {
        match (translations.get(lang), wording.get(lang)) {
            (Some(t), Some(w)) => {
                let mut m = t.clone().into_active_model();
                m.title = Set(w.title.clone());
                m.intro = Set(w.intro.clone());
                m.reviewed = Set(w.reviewed);
                m.update(&txn).await?;
            }
            (None, Some(w)) => {
                SurveyTranslation::insert(survey_translation::ActiveModel {
                    survey_id: Set(survey.id),
                    lang: Set(lang.clone()),
                    title: Set(w.title.clone()),
                    intro: Set(w.intro.clone()),
                    reviewed: Set(w.reviewed),
                    ..Default::default()
                })
                .exec_without_returning(&txn)
                .await?;
            }
            (Some(t), None) => {
                SurveyTranslation::delete_by_id(t.id).exec(&txn).await?;
            }
            (None, None) => {}
        }
    }
    if survey.active != edit.active {
        let mut m = survey.into_active_model();
        m.active = Set(edit.active);
        m.update(&txn).await?;
    }
    txn.commit().await?;
    Ok(Some(revision))
}

/// A unit as an admin submits it.
#[derive(Debug, Clone, Default)]
pub struct UnitEdit {
    pub name: String,
    pub service_kind: String,
    pub district: String,
    pub zone: Option<String>,
    pub active: bool,
}

/// Creates (`slug` new) or changes a unit; its slug never changes.
pub async fn save_unit(
    db: &DatabaseConnection,
    actor: &str,
    slug: &str,
    is_new: bool,
    edit: UnitEdit,
) -> Result<Option<i32>, EditError> {
    if is_new && !is_slug(slug) {
        return Err(EditError::InvalidSlug);
    }
    let unit_name = name(&edit.name)?;
    let txn = begin_write(db).await?;
    let kind = ServiceKind::find()
        .filter(service_kind::Column::Slug.eq(edit.service_kind.as_str()))
        .one(&txn)
        .await?
        .ok_or(EditError::UnknownServiceKind)?;
    let district = District::find()
        .filter(district::Column::Slug.eq(edit.district.as_str()))
        .one(&txn)
        .await?
        .ok_or(EditError::UnknownDistrict)?;
    let zone = match edit.zone.as_deref().filter(|z| !z.is_empty()) {
        None => None,
        Some(z) => {
            let zone = Zone::find()
                .filter(zone::Column::Slug.eq(z))
                .one(&txn)
                .await?
                .ok_or(EditError::ZoneOutsideDistrict)?;
            if zone.district_id != district.id {
                return Err(EditError::ZoneOutsideDistrict);
            }
            Some(zone.id)
        }
    };
    let existing = Unit::find()
        .filter(unit::Column::Slug.eq(slug))
        .one(&txn)
        .await?;
    match (existing, is_new) {
        (Some(_), true) => Err(EditError::Taken(slug.to_owned())),
        (None, false) => Err(EditError::NotFound),
        (None, true) => {
            let revision = revise(&txn, actor, "catalogue.unit_add", slug, "").await?;
            Unit::insert(unit::ActiveModel {
                slug: Set(slug.to_owned()),
                name: Set(unit_name),
                service_kind_id: Set(kind.id),
                district_id: Set(district.id),
                zone_id: Set(zone),
                active: Set(edit.active),
                ..Default::default()
            })
            .exec_without_returning(&txn)
            .await?;
            txn.commit().await?;
            Ok(Some(revision))
        }
        (Some(u), false) => {
            let mut detail = Vec::new();
            if u.name != unit_name {
                detail.push("name");
            }
            if u.service_kind_id != kind.id {
                detail.push("service kind");
            }
            if u.district_id != district.id || u.zone_id != zone {
                detail.push("place");
            }
            if u.active != edit.active {
                detail.push(if edit.active { "opened" } else { "closed" });
            }
            if detail.is_empty() {
                txn.rollback().await?;
                return Ok(None);
            }
            let revision = revise(&txn, actor, "catalogue.unit", slug, &detail.join(", ")).await?;
            let mut m = u.into_active_model();
            m.name = Set(unit_name);
            m.service_kind_id = Set(kind.id);
            m.district_id = Set(district.id);
            m.zone_id = Set(zone);
            m.active = Set(edit.active);
            m.update(&txn).await?;
            txn.commit().await?;
            Ok(Some(revision))
        }
    }
}

/// Creates or renames a district.
pub async fn save_district(
    db: &DatabaseConnection,
    actor: &str,
    slug: &str,
    is_new: bool,
    raw_name: &str,
) -> Result<Option<i32>, EditError> {
    if is_new && !is_slug(slug) {
        return Err(EditError::InvalidSlug);
    }
    let new_name = name(raw_name)?;
    let txn = begin_write(db).await?;
    let existing = District::find()
        .filter(district::Column::Slug.eq(slug))
        .one(&txn)
        .await?;
    let revision = match (existing, is_new) {
        (Some(_), true) => return Err(EditError::Taken(slug.to_owned())),
        (None, false) => return Err(EditError::NotFound),
        (Some(d), false) if d.name == new_name => {
            txn.rollback().await?;
            return Ok(None);
        }
        (None, true) => {
            let revision = revise(&txn, actor, "catalogue.district_add", slug, "").await?;
            District::insert(district::ActiveModel {
                slug: Set(slug.to_owned()),
                name: Set(new_name),
                ..Default::default()
            })
            .exec_without_returning(&txn)
            .await?;
            revision
        }
        (Some(d), false) => {
            let revision = revise(&txn, actor, "catalogue.district", slug, "name").await?;
            let mut m = d.into_active_model();
            m.name = Set(new_name);
            m.update(&txn).await?;
            revision
        }
    };
    txn.commit().await?;
    Ok(Some(revision))
}

/// Creates or changes a zone (its name and the district it lies in). A zone cannot move
/// out of the district of a unit in it.
pub async fn save_zone(
    db: &DatabaseConnection,
    actor: &str,
    slug: &str,
    is_new: bool,
    raw_name: &str,
    district_slug: &str,
) -> Result<Option<i32>, EditError> {
    if is_new && !is_slug(slug) {
        return Err(EditError::InvalidSlug);
    }
    let new_name = name(raw_name)?;
    let txn = begin_write(db).await?;
    let district = District::find()
        .filter(district::Column::Slug.eq(district_slug))
        .one(&txn)
        .await?
        .ok_or(EditError::UnknownDistrict)?;
    let existing = Zone::find()
        .filter(zone::Column::Slug.eq(slug))
        .one(&txn)
        .await?;
    let revision = match (existing, is_new) {
        (Some(_), true) => return Err(EditError::Taken(slug.to_owned())),
        (None, false) => return Err(EditError::NotFound),
        (Some(z), false) if z.name == new_name && z.district_id == district.id => {
            txn.rollback().await?;
            return Ok(None);
        }
        (None, true) => {
            let revision = revise(&txn, actor, "catalogue.zone_add", slug, "").await?;
            Zone::insert(zone::ActiveModel {
                slug: Set(slug.to_owned()),
                name: Set(new_name),
                district_id: Set(district.id),
                ..Default::default()
            })
            .exec_without_returning(&txn)
            .await?;
            revision
        }
        (Some(z), false) => {
            if z.district_id != district.id {
                let units_elsewhere = Unit::find()
                    .filter(unit::Column::ZoneId.eq(z.id))
                    .filter(unit::Column::DistrictId.ne(district.id))
                    .one(&txn)
                    .await?;
                if units_elsewhere.is_some() {
                    return Err(EditError::ZoneOutsideDistrict);
                }
            }
            let revision = revise(&txn, actor, "catalogue.zone", slug, "").await?;
            let mut m = z.into_active_model();
            m.name = Set(new_name);
            m.district_id = Set(district.id);
            m.update(&txn).await?;
            revision
        }
    };
    txn.commit().await?;
    Ok(Some(revision))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_are_value_label_lines_with_distinct_values() {
        let parsed = parse_choices("bus = Buss\n\n car=Bil \n").expect("two choices");
        assert_eq!(
            parsed,
            vec![("bus".into(), "Buss".into()), ("car".into(), "Bil".into())]
        );
        assert!(
            parse_choices("bus = Buss").is_err(),
            "one choice is no choice"
        );
        assert!(
            parse_choices("bus = Buss\nbus = Bil").is_err(),
            "duplicate value"
        );
        assert!(
            parse_choices("bus Buss\ncar = Bil").is_err(),
            "no separator"
        );
        assert!(
            parse_choices("Bus stop = Buss\ncar = Bil").is_err(),
            "not a slug"
        );
    }

    #[test]
    fn wording_needs_bokmal_and_drops_empty_languages() {
        let mut w = BTreeMap::new();
        w.insert(
            "en".to_owned(),
            Wording {
                text: " Hello ".into(),
                ..Default::default()
            },
        );
        assert!(matches!(
            check_wording(w.clone()),
            Err(EditError::DefaultTextRequired)
        ));
        w.insert(
            "nb".to_owned(),
            Wording {
                text: "Hei".into(),
                help: Some("  ".into()),
                ..Default::default()
            },
        );
        w.insert("ar".to_owned(), Wording::default());
        let checked = check_wording(w).expect("valid");
        assert_eq!(checked.keys().collect::<Vec<_>>(), ["en", "nb"]);
        assert_eq!(checked["en"].text, "Hello");
        assert_eq!(checked["nb"].help, None);
    }

    #[test]
    fn overlong_text_is_refused_with_its_language() {
        let mut w = BTreeMap::new();
        w.insert(
            "nb".to_owned(),
            Wording {
                text: "a".repeat(MAX_TEXT + 1),
                ..Default::default()
            },
        );
        assert!(matches!(check_wording(w), Err(EditError::TooLong(l)) if l == "nb"));
    }
}
