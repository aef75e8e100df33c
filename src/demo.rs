//! `stemme demo`: synthetic but plausible answers across units, languages and months, so
//! every page has something to show. Units differ in how well they help, answers within a
//! family hang together, and some families write a few words in their own language.
use crate::catalogue::{Audience, Catalogue, CatalogueHandle, QuestionKind};
use crate::intake::{NewResponse, insert_batch};
use chrono::Duration;
use indicatif::{ProgressBar, ProgressStyle};
use sea_orm::DatabaseConnection;

pub struct DemoOptions {
    pub count: usize,
    pub months: u32,
    pub seed: u64,
    pub force: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("the database already has {0} answers; add --force to add synthetic ones beside them")]
    NotEmpty(u64),
    #[error("the catalogue has no parent survey to answer")]
    NoSurvey,
    #[error(transparent)]
    Catalogue(#[from] crate::catalogue::CatalogueError),
    #[error("database error: {0}")]
    Database(#[from] sea_orm::DbErr),
}

/// Language mix of the families the city most needs to hear (DOMAIN.md §3), in percent.
pub(crate) const LANGUAGE_MIX: &[(&str, u32)] = &[
    ("nb", 44),
    ("nn", 3),
    ("en", 8),
    ("ar", 9),
    ("so", 6),
    ("ti", 5),
    ("uk", 6),
    ("pl", 4),
    ("fa", 4),
    ("ru", 3),
    ("lt", 2),
    ("tl", 2),
    ("am", 2),
    ("om", 1),
    ("se", 1),
];

/// A few things families say, per language (written for this demo).
pub(crate) const TEXTS: &[(&str, &[&str])] = &[
    (
        "nb",
        &[
            "Vi ventet altfor lenge før noen tok kontakt. Da hjelpen kom, var den god.",
            "Jeg måtte fortelle det samme til NAV, skolen og helsestasjonen. Det var slitsomt.",
            "Endelig noen som lyttet til barna mine. Takk!",
            "Vi har dårlig råd og gutten min får ikke være med på fotball.",
            "Tolken var ikke der, så jeg skjønte ikke hva de sa på møtet.",
            "Datteren min er ensom på skolen og blir mobbet.",
        ],
    ),
    (
        "nn",
        &[
            "Det tok lang tid før vi fekk svar, men dei var snille.",
            "Eg veit ikkje kven eg skal ringje når noko skjer.",
        ],
    ),
    (
        "en",
        &[
            "The waiting time was far too long, but the family worker was kind and listened.",
            "We moved three times this year and the kids had to change school each time.",
            "Nobody told us who to contact. We were sent from one office to another.",
            "My son finally joined a football team thanks to the leisure card.",
        ],
    ),
    (
        "ar",
        &[
            "انتظرنا وقتا طويلا جدا قبل أن يتصل بنا أحد.",
            "لم يكن هناك مترجم في الاجتماع ولم أفهم ما قالوا.",
            "شكرا لكم، ابنتي الآن سعيدة في المدرسة.",
        ],
    ),
    (
        "uk",
        &[
            "Ми довго чекали на допомогу, але потім усе стало краще.",
            "Моя дитина нарешті має друзів у школі.",
        ],
    ),
    ("ru", &["Нам не хватает денег на одежду и спорт для детей."]),
    (
        "pl",
        &[
            "Długo czekaliśmy na pomoc, ale w końcu ktoś nas wysłuchał.",
            "Mieszkanie jest za małe dla naszej rodziny.",
        ],
    ),
    (
        "so",
        &[
            "Waxaan sugnay waqti dheer ka hor intaanan helin caawimaad.",
            "Carruurtaydu waxay u baahan yihiin meel ay ku ciyaaraan.",
        ],
    ),
    ("ti", &["ንነዊሕ እዋን ተጸቢና፡ ግን ሕጂ ጽቡቕ እዩ።"]),
    ("am", &["ለረጅም ጊዜ ጠብቀናል፣ አሁን ግን ጥሩ ነው።"]),
    ("fa", &["مدت زیادی منتظر ماندیم تا کسی با ما تماس گرفت."]),
    ("lt", &["Ilgai laukėme pagalbos, bet dabar viskas gerai."]),
    (
        "tl",
        &["Matagal kaming naghintay bago may tumulong sa amin."],
    ),
    ("om", &["Yeroo dheeraa eegne, garuu amma gaarii dha."]),
];

/// Picks an item with probability proportional to its weight.
pub(crate) fn weighted<'a, T>(rng: &mut fastrand::Rng, items: &'a [(T, u32)]) -> Option<&'a T> {
    let total: u32 = items.iter().map(|(_, w)| w).sum();
    let mut pick = rng.u32(0..total.max(1));
    for (item, weight) in items {
        if pick < *weight {
            return Some(item);
        }
        pick -= weight;
    }
    items.last().map(|(item, _)| item)
}

/// Builds `count` synthetic responses (pure: the same seed gives the same answers).
pub fn generate(
    catalogue: &Catalogue,
    options: &DemoOptions,
    today: chrono::NaiveDate,
) -> Result<Vec<NewResponse>, DemoError> {
    let mut rng = fastrand::Rng::with_seed(options.seed);
    // Most answers come from parents; children and youth answer fewer, staff fewest.
    let share = |a: Audience| match a {
        Audience::Parent => 70,
        Audience::Child4To7 => 4,
        Audience::Child8To12 => 8,
        Audience::Youth13To18 => 8,
        Audience::Partner => 10,
    };
    let surveys: Vec<(&crate::catalogue::Survey, u32)> = catalogue
        .surveys
        .iter()
        .filter(|s| s.active)
        .map(|s| (s, share(s.audience)))
        .collect();
    if !surveys.iter().any(|(s, _)| s.audience == Audience::Parent) {
        return Err(DemoError::NoSurvey);
    }
    let units: Vec<_> = catalogue.units.iter().filter(|u| u.active).collect();
    if units.is_empty() {
        return Err(DemoError::NoSurvey);
    }
    // How well each unit helps, from "struggling" to "very good".
    let quality: Vec<f64> = units.iter().map(|_| 0.25 + rng.f64() * 0.6).collect();
    let days = i64::from(options.months.max(1)) * 30;
    let mut out = Vec::with_capacity(options.count);
    for _ in 0..options.count {
        let Some(survey) = weighted(&mut rng, &surveys).copied() else {
            return Err(DemoError::NoSurvey);
        };
        let u = rng.usize(0..units.len());
        let lang = weighted(&mut rng, LANGUAGE_MIX)
            .copied()
            .unwrap_or("nb")
            .to_owned();
        // A family's experience: the unit's quality, a little drift over time, and noise.
        let age = rng.i64(0..days);
        let drift = (days - age) as f64 / days as f64 * 0.1;
        let feeling = (quality[u] + drift + (rng.f64() - 0.5) * 0.5).clamp(0.0, 1.0);
        let mut answers = Vec::new();
        for q in survey.asked() {
            if q.kind == QuestionKind::Text || (!q.required && rng.u32(0..100) < 12) {
                continue;
            }
            let values = q.values();
            if values.is_empty() {
                continue;
            }
            let jitter = (rng.f64() - 0.5) * 0.35;
            let position = ((feeling + jitter).clamp(0.0, 0.999) * values.len() as f64) as usize;
            answers.push((q.db_id, values[position.min(values.len() - 1)].to_owned()));
        }
        let text = (rng.u32(0..100) < 35)
            .then(|| {
                TEXTS.iter().find(|(l, _)| *l == lang).map(|(_, texts)| {
                    // One or two things a family says, so texts vary.
                    let first = texts[rng.usize(0..texts.len())];
                    if rng.bool() {
                        format!("{first} {}", texts[rng.usize(0..texts.len())])
                    } else {
                        first.to_owned()
                    }
                })
            })
            .flatten();
        let role = (!survey.roles.is_empty() && rng.u32(0..100) < 80)
            .then(|| survey.roles[rng.usize(0..survey.roles.len())].clone());
        let (role, assisted_by) = if survey.assisted {
            (None, role)
        } else {
            (role, None)
        };
        let facts = crate::indicators::compute::facts_of(catalogue, &answers);
        out.push(NewResponse {
            facts,
            survey_id: survey.id,
            unit_id: units[u].id,
            lang,
            role,
            assisted_by,
            answers,
            text,
            submission_id: None,
            created_on: today - Duration::days(age),
            processed: None,
            catalogue_revision: catalogue.revision,
            record_key: rng.u32(..),
        });
    }
    // Oldest first, so response ids follow time as they would in real life.
    out.sort_by_key(|r| r.created_on);
    Ok(out)
}

/// Stores synthetic answers, showing progress.
pub async fn load(db: &DatabaseConnection, options: &DemoOptions) -> Result<u64, DemoError> {
    let existing = crate::intake::count(db).await?;
    if existing > 0 && !options.force {
        return Err(DemoError::NotEmpty(existing));
    }
    let catalogue = CatalogueHandle::load(db).await?.get();
    let mut responses = generate(&catalogue, options, crate::clock::today())?;
    // The demo's texts repeat, so each distinct one is detected and redacted once.
    let pipeline = crate::text::TextPipeline::load(db, &catalogue).await?;
    let mut processed = std::collections::HashMap::new();
    for r in &mut responses {
        if let Some(text) = &r.text {
            let key = (text.clone(), r.lang.clone());
            let result = processed
                .entry(key)
                .or_insert_with(|| pipeline.process(text, &r.lang))
                .clone();
            r.processed = Some(result);
        }
    }
    let bar = ProgressBar::new(responses.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({per_sec}, {eta} left)")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message("Storing synthetic answers");
    for chunk in responses.chunks(500) {
        let refs: Vec<&NewResponse> = chunk.iter().collect();
        insert_batch(db, &refs).await?;
        bar.inc(chunk.len() as u64);
    }
    bar.finish();
    Ok(responses.len() as u64)
}
