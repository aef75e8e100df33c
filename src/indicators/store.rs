//! The indicator catalogue in the database: seeded from the built-in catalogue on the
//! first start, edited by planners (names, plan reference, outcome area). Which
//! questions count for an indicator, and so which answers are positive, is said by the
//! survey catalogue's questions; the cube follows those by itself.
use super::{Indicator, IndicatorCatalogue};
use crate::db::begin_write;
use entity::indicator;
use entity::prelude::IndicatorDef;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait, PaginatorTrait, QueryOrder,
};
use std::collections::BTreeMap;

fn row(i: &Indicator, position: i32, actor: &str) -> indicator::ActiveModel {
    indicator::ActiveModel {
        code: Set(i.code.clone()),
        position: Set(position),
        area: Set(i.area.clone()),
        plan: Set(i.plan.clone()),
        outcome: Set(i.outcome.clone()),
        names: Set(serde_json::to_string(&i.names).unwrap_or_else(|_| "{}".into())),
        core: Set(i.core),
        updated_by: Set(actor.to_owned()),
        updated_at: Set(chrono::Utc::now()),
    }
}

/// The catalogue from the database; the built-in one is stored first if there is none.
pub async fn load(db: &DatabaseConnection) -> Result<IndicatorCatalogue, DbErr> {
    if IndicatorDef::find().count(db).await? == 0 {
        let seed =
            IndicatorCatalogue::default_catalogue().map_err(|e| DbErr::Custom(e.to_string()))?;
        let txn = begin_write(db).await?;
        for (n, i) in seed.indicators.iter().enumerate() {
            IndicatorDef::insert(row(i, n as i32, "seed"))
                .on_conflict(
                    OnConflict::column(indicator::Column::Code)
                        .do_nothing()
                        .to_owned(),
                )
                .exec_without_returning(&txn)
                .await?;
        }
        txn.commit().await?;
    }
    let indicators = IndicatorDef::find()
        .order_by_asc(indicator::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|r| Indicator {
            code: r.code,
            area: r.area,
            plan: r.plan,
            outcome: r.outcome,
            names: serde_json::from_str(&r.names).unwrap_or_default(),
            core: r.core,
        })
        .collect();
    Ok(IndicatorCatalogue { indicators })
}

/// What a planner may change of an indicator.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct Change {
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    pub plan: Option<String>,
    /// An outcome area's code (O1 …), or empty for none; voice indicators only.
    pub outcome: Option<String>,
}

/// Checks a change against the catalogue: the indicator exists, a Bokmål name, known
/// languages, a plan reference, an outcome area that is one. Returns the changed
/// indicator or the problems.
pub fn check(
    catalogue: &IndicatorCatalogue,
    code: &str,
    change: Change,
    known_lang: impl Fn(&str) -> bool,
) -> Result<Indicator, Vec<String>> {
    let Some(current) = catalogue.get(code) else {
        return Err(vec![format!("no indicator is called {code:?}")]);
    };
    let mut problems = Vec::new();
    let names: BTreeMap<String, String> = change
        .names
        .into_iter()
        .map(|(l, n)| (l, n.trim().to_owned()))
        .filter(|(_, n)| !n.is_empty())
        .collect();
    if !names.contains_key("nb") {
        problems.push("the indicator needs a name in Norwegian Bokmål (nb)".to_owned());
    }
    for lang in names.keys() {
        if !known_lang(lang) {
            problems.push(format!("no language has the code {lang:?}"));
        }
    }
    if names.values().any(|n| n.chars().count() > 200) {
        problems.push("a name has at most 200 characters".to_owned());
    }
    let plan = change
        .plan
        .map(|p| p.trim().to_owned())
        .unwrap_or_else(|| current.plan.clone());
    if plan.is_empty() || plan.chars().count() > 200 {
        problems.push("the plan reference is 1 to 200 characters".to_owned());
    }
    let outcome = match change.outcome.as_deref().map(str::trim) {
        None => current.outcome.clone(),
        Some("") => None,
        Some(o) => {
            let is_area = catalogue.get(o).is_some_and(|i| i.area == "outcome");
            if !is_area {
                problems.push(format!("{o:?} is not an outcome area (O1 …)"));
            } else if current.area != "voice" {
                problems.push("only voice indicators belong to an outcome area".to_owned());
            }
            Some(o.to_owned())
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Indicator {
        names,
        plan,
        outcome,
        ..current.clone()
    })
}

/// Stores a changed indicator (audited).
pub async fn save(db: &DatabaseConnection, i: &Indicator, actor: &str) -> Result<(), DbErr> {
    let txn = begin_write(db).await?;
    IndicatorDef::insert(row(i, 0, actor))
        .on_conflict(
            OnConflict::column(indicator::Column::Code)
                .update_columns([
                    indicator::Column::Names,
                    indicator::Column::Plan,
                    indicator::Column::Outcome,
                    indicator::Column::UpdatedBy,
                    indicator::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    crate::admin::audit::record_in(&txn, actor, "indicator.save", Some(&i.code), None).await?;
    crate::cluster::record_change(&txn, crate::cluster::Shared::Indicators).await?;
    txn.commit().await
}

/// The catalogue shared by every request, replaced whole after an edit.
#[derive(Clone)]
pub struct IndicatorsHandle(crate::web::Snapshot<IndicatorCatalogue>);

impl IndicatorsHandle {
    pub async fn load(db: &DatabaseConnection) -> Result<IndicatorsHandle, DbErr> {
        let stamp = crate::cluster::stamp(db, crate::cluster::Shared::Indicators).await?;
        Ok(IndicatorsHandle(crate::web::Snapshot::stamped(
            load(db).await?,
            stamp,
        )))
    }

    /// The catalogue in force; cheap (one reference count).
    pub fn get(&self) -> std::sync::Arc<IndicatorCatalogue> {
        self.0.get()
    }

    pub async fn reload(&self, db: &DatabaseConnection) -> Result<(), DbErr> {
        let stamp = crate::cluster::stamp(db, crate::cluster::Shared::Indicators).await?;
        self.0.set_stamped(load(db).await?, stamp);
        Ok(())
    }

    /// Reads the catalogue again if another instance changed it; true when it did.
    pub async fn catch_up(&self, db: &DatabaseConnection) -> Result<bool, DbErr> {
        if !crate::cluster::is_stale(db, crate::cluster::Shared::Indicators, &self.0).await? {
            return Ok(false);
        }
        self.reload(db).await?;
        Ok(true)
    }
}
