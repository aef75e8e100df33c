//! Reads the catalogue from the database into a [`Catalogue`] snapshot.
use super::CatalogueError;
use super::model::{
    Audience, Catalogue, Choice, Place, QuestionKind, QuestionText, ScaleStyle, Section,
    SurveyText, Texts,
};
use entity::prelude as e;
use entity::{language, question, question_choice, survey_section};
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};
use std::collections::{BTreeMap, HashMap};

fn texts(value: serde_json::Value) -> Texts {
    serde_json::from_value(value).unwrap_or_default()
}

pub async fn load(db: &impl ConnectionTrait) -> Result<Catalogue, CatalogueError> {
    let languages = e::Language::find()
        .order_by_asc(language::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|l| super::model::Language {
            code: l.code,
            name: l.name,
            dir: l.dir,
            detector: l.detector,
        })
        .collect();
    let districts: Vec<Place> = e::District::find()
        .all(db)
        .await?
        .into_iter()
        .map(|d| Place {
            id: d.id,
            slug: d.slug,
            name: d.name,
            district: None,
        })
        .collect();
    let district_of: HashMap<i32, String> =
        districts.iter().map(|d| (d.id, d.slug.clone())).collect();
    let zones: Vec<Place> = e::Zone::find()
        .all(db)
        .await?
        .into_iter()
        .map(|z| Place {
            id: z.id,
            slug: z.slug,
            name: z.name,
            district: district_of.get(&z.district_id).cloned(),
        })
        .collect();
    let service_kinds: Vec<super::model::ServiceKind> = e::ServiceKind::find()
        .all(db)
        .await?
        .into_iter()
        .map(|k| super::model::ServiceKind {
            id: k.id,
            slug: k.slug,
            names: texts(k.names),
        })
        .collect();

    let district_slug: HashMap<i32, &str> =
        districts.iter().map(|d| (d.id, d.slug.as_str())).collect();
    let zone_slug: HashMap<i32, &str> = zones.iter().map(|z| (z.id, z.slug.as_str())).collect();
    let kind_slug: HashMap<i32, &str> = service_kinds
        .iter()
        .map(|k| (k.id, k.slug.as_str()))
        .collect();
    let units = e::Unit::find()
        .all(db)
        .await?
        .into_iter()
        .map(|u| super::model::Unit {
            id: u.id,
            slug: u.slug,
            name: u.name,
            service_kind: kind_slug
                .get(&u.service_kind_id)
                .copied()
                .unwrap_or_default()
                .to_owned(),
            district: district_slug
                .get(&u.district_id)
                .copied()
                .unwrap_or_default()
                .to_owned(),
            zone: u
                .zone_id
                .and_then(|z| zone_slug.get(&z).map(|s| (*s).to_owned())),
            active: u.active,
        })
        .collect();

    let mut question_texts: HashMap<i32, BTreeMap<String, QuestionText>> = HashMap::new();
    for t in e::QuestionTranslation::find().all(db).await? {
        question_texts.entry(t.question_id).or_default().insert(
            t.lang,
            QuestionText {
                text: t.text,
                help: t.help,
                reviewed: t.reviewed,
                audio_file: t.audio_file,
            },
        );
    }
    let mut choices: HashMap<i32, Vec<Choice>> = HashMap::new();
    for c in e::QuestionChoice::find()
        .order_by_asc(question_choice::Column::Position)
        .all(db)
        .await?
    {
        choices.entry(c.question_id).or_default().push(Choice {
            value: c.value,
            labels: texts(c.labels),
        });
    }
    let mut questions: HashMap<i32, Vec<super::model::Question>> = HashMap::new();
    for q in e::Question::find()
        .order_by_asc(question::Column::Position)
        .all(db)
        .await?
    {
        let Some(kind) = QuestionKind::parse(&q.kind) else {
            tracing::warn!(
                question = q.key,
                kind = q.kind,
                "question of unknown kind left out"
            );
            continue;
        };
        questions
            .entry(q.survey_id)
            .or_default()
            .push(super::model::Question {
                db_id: q.id,
                key: q.key,
                section: q.section_key,
                kind,
                required: q.required,
                indicator: q.indicator,
                picture: q.picture,
                active: q.active,
                texts: question_texts.remove(&q.id).unwrap_or_default(),
                choices: choices.remove(&q.id).unwrap_or_default(),
            });
    }
    let mut sections: HashMap<i32, Vec<Section>> = HashMap::new();
    for s in e::SurveySection::find()
        .order_by_asc(survey_section::Column::Position)
        .all(db)
        .await?
    {
        sections.entry(s.survey_id).or_default().push(Section {
            key: s.key,
            titles: texts(s.titles),
        });
    }
    let mut survey_texts: HashMap<i32, BTreeMap<String, SurveyText>> = HashMap::new();
    for t in e::SurveyTranslation::find().all(db).await? {
        survey_texts.entry(t.survey_id).or_default().insert(
            t.lang,
            SurveyText {
                title: t.title,
                intro: t.intro,
                reviewed: t.reviewed,
            },
        );
    }
    let mut surveys = Vec::new();
    for s in e::Survey::find().all(db).await? {
        let Some(audience) = Audience::parse(&s.audience) else {
            tracing::warn!(
                survey = s.slug,
                audience = s.audience,
                "survey of unknown audience left out"
            );
            continue;
        };
        surveys.push(super::model::Survey {
            id: s.id,
            slug: s.slug,
            audience,
            roles: serde_json::from_value(s.roles).unwrap_or_default(),
            active: s.active,
            assisted: s.assisted,
            scale_style: ScaleStyle::parse(s.scale_style.as_deref()).unwrap_or_default(),
            texts: survey_texts.remove(&s.id).unwrap_or_default(),
            sections: sections.remove(&s.id).unwrap_or_default(),
            questions: questions.remove(&s.id).unwrap_or_default(),
        });
    }
    surveys.sort_by_key(|s| (Audience::ALL.iter().position(|a| *a == s.audience), s.id));
    let revision = e::CatalogueRevision::find()
        .order_by_desc(entity::catalogue_revision::Column::Id)
        .one(db)
        .await?
        .map_or(0, |r| r.id);
    Ok(Catalogue {
        revision,
        languages,
        districts,
        zones,
        service_kinds,
        units,
        surveys,
    })
}
