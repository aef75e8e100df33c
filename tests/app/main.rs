//! Integration tests: each starts the real server on a random port with a temporary data
//! folder (SQLite), or a fresh PostgreSQL database when `STEMME_TEST_POSTGRES` names a
//! server (`postgres://user:pass@host:port`). One binary, one module per capability.
mod helpers;

mod accounts;
mod api_contract;
mod attack;
mod auth;
mod bad_input;
mod catalogue;
mod catalogue_admin;
mod children;
mod disclosure;
mod durability;
mod forms;
mod indicators;
mod instances;
mod intake;
mod published;
mod roles;
mod search;
mod text;
mod themes;
mod workshops;
