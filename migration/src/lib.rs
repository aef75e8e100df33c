//! Schema migrations for stemme. The same migrations run on SQLite and PostgreSQL;
//! a later capability adds tables with a new `mYYYYMMDD_HHMMSS_name.rs` file.
pub use sea_orm_migration::prelude::*;

mod m20261122_000001_create_core_tables;
mod m20261122_000002_child_forms;
mod m20261122_000003_redaction_names;
mod m20261122_000004_registry_values;
mod m20261122_000005_theme_feedback;
mod m20261122_000006_indicator_cube;
mod m20261122_000007_themes;
mod m20261122_000008_indicators;
mod m20261122_000009_staff_and_workshops;
mod m20261122_000010_catalogue_versions;
mod m20261122_000011_cube_sequence;
mod m20261122_000012_shared_state;
mod m20261122_000013_oidc_subject;
mod m20261123_000014_unprocessed_texts;
mod m20261207_000015_record_keys;
mod m20261207_000016_token_owners;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_create_core_tables::Migration),
            Box::new(m20261122_000002_child_forms::Migration),
            Box::new(m20261122_000003_redaction_names::Migration),
            Box::new(m20261122_000004_registry_values::Migration),
            Box::new(m20261122_000005_theme_feedback::Migration),
            Box::new(m20261122_000006_indicator_cube::Migration),
            Box::new(m20261122_000007_themes::Migration),
            Box::new(m20261122_000008_indicators::Migration),
            Box::new(m20261122_000009_staff_and_workshops::Migration),
            Box::new(m20261122_000010_catalogue_versions::Migration),
            Box::new(m20261122_000011_cube_sequence::Migration),
            Box::new(m20261122_000012_shared_state::Migration),
            Box::new(m20261122_000013_oidc_subject::Migration),
            Box::new(m20261123_000014_unprocessed_texts::Migration),
            Box::new(m20261207_000015_record_keys::Migration),
            Box::new(m20261207_000016_token_owners::Migration),
        ]
    }
}
