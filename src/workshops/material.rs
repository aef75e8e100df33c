//! The material a workshop shows: indicator figures for its unit or district over the
//! last four complete quarters (published k, like the public page), theme names, and
//! quotes from redacted free text (shown once the facilitator approved them).
use super::store::{self, WorkshopError};
use crate::indicators::compute::{self, Dimension, Filters, Grain};
use crate::web::AppState;
use entity::prelude::*;
use entity::workshop;
use sea_orm::EntityTrait;

#[derive(Debug, serde::Serialize)]
pub struct Quarter {
    pub label: String,
    pub percent: Option<u64>,
}

#[derive(Debug, serde::Serialize)]
pub struct Material {
    pub id: i32,
    pub kind: String,
    pub reference: String,
    pub title: String,
    pub text: Option<String>,
    pub quarters: Vec<Quarter>,
    pub approved: bool,
}

/// Approved material for participants and the projector.
pub async fn for_workshop(
    state: &AppState,
    w: &workshop::Model,
    lang: &str,
) -> Result<Vec<Material>, WorkshopError> {
    Ok(all(state, w, lang)
        .await?
        .into_iter()
        .filter(|m| m.approved)
        .collect())
}

/// All material, approved or waiting, for the facilitator.
pub async fn all(
    state: &AppState,
    w: &workshop::Model,
    lang: &str,
) -> Result<Vec<Material>, WorkshopError> {
    let items = store::items(&state.db, w.id).await?;
    let indicators = state.indicators.get();
    let themes = state.themes.get();
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let mut m = Material {
            id: item.id,
            kind: item.kind.clone(),
            reference: item.reference.clone(),
            title: String::new(),
            text: None,
            quarters: Vec::new(),
            approved: item.approved,
        };
        match item.kind.as_str() {
            "indicator" => {
                let Some(indicator) = indicators.get(&item.reference) else {
                    continue;
                };
                m.title = indicator.name(lang).to_owned();
                m.quarters = figures(state, w, &item.reference).await?;
            }
            "theme" => {
                let Some(theme) = themes.codebook.get(&item.reference) else {
                    continue;
                };
                m.title = theme.name(lang).to_owned();
            }
            "quote" => {
                let Ok(id) = item.reference.parse::<i64>() else {
                    continue;
                };
                // Only the redacted text is ever shown; an erased answer is gone.
                let Some(redacted) = ResponseText::find_by_id(id)
                    .one(&state.db)
                    .await?
                    .and_then(|t| t.redacted)
                else {
                    continue;
                };
                m.text = Some(crate::text::render_redacted(&redacted, lang, &state.i18n));
            }
            _ => continue,
        }
        out.push(m);
    }
    Ok(out)
}

/// One indicator for the workshop's unit or district (the whole city for a theme), by
/// quarter, hidden under the published k.
async fn figures(
    state: &AppState,
    w: &workshop::Model,
    code: &str,
) -> Result<Vec<Quarter>, WorkshopError> {
    let (from, to) = crate::indicators::public::last_four_quarters(compute::this_month());
    let catalogue = state.catalogue.get();
    let cube = state.cubes.get(&state.db, &catalogue).await?;
    let mut filters = Filters {
        from: Some(from),
        to: Some(to),
        ..Default::default()
    };
    match w.scope_kind.as_str() {
        "unit" => filters.unit = Some(w.scope.clone()),
        "district" => filters.district = Some(w.scope.clone()),
        _ => {}
    }
    let rows = compute::compute(
        &cube,
        &state.indicators.get(),
        &filters,
        Dimension::Period,
        Grain::Quarter,
        &[code.to_owned()],
        state.settings.published_k(),
    );
    Ok(compute::periods(from, to, Grain::Quarter)
        .into_iter()
        .map(|(label, _, _)| {
            let row = rows.iter().find(|r| r.group == label);
            Quarter {
                percent: row
                    .and_then(|r| r.value)
                    .map(|v| (v * 100.0).round() as u64),
                label,
            }
        })
        .collect())
}
