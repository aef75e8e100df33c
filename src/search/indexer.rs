//! The single index writer. It follows the search outbox (written in the same
//! transaction as each answer or erasure), adds and deletes documents, and commits at
//! most once per interval with the last outbox id as the commit payload. The database
//! is the truth: on start the writer replays the outbox after the payload; a missing,
//! corrupt or outdated index is rebuilt from the responses while answers keep arriving.
use super::schema::{self, Fields, SCHEMA_VERSION};
use super::{IndexStatus, SearchError};
use crate::catalogue::{Catalogue, CatalogueHandle};
use crate::text::redact::strip_marks;
use crate::text::{UNDETERMINED, analyze};
use entity::prelude::*;
use entity::{response, response_text, search_outbox};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use tantivy::schema::Facet;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};
use tokio::sync::{mpsc, oneshot};

/// Outbox rows read per round trip.
const PAGE: u64 = 2_000;
/// Responses read per round trip during a rebuild.
const REBUILD_PAGE: u64 = 5_000;
/// Memory the writer may buffer before it flushes a segment.
const WRITER_MEMORY: usize = 64 * 1024 * 1024;
/// How often new outbox rows are added to the index writer; commits stay on their own
/// interval.
const DRAIN_EVERY: Duration = Duration::from_millis(200);

/// The open index and how to read it.
pub struct SearchIndex {
    pub index: Index,
    pub reader: IndexReader,
    pub fields: Fields,
    /// What searches found in the index, per searcher generation.
    pub(super) found: super::query::FoundCache,
    /// Every live segment's facet ords, packed (read by the reader's warmer on reload).
    pub packed: std::sync::Arc<super::facets::PackedOrds>,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Payload {
    v: u32,
    outbox: i64,
}

/// Opens the index in `dir`, or creates an empty one. The flag says whether it must be
/// rebuilt from the database (new, unreadable, or built by another schema version).
pub fn open(dir: &Path) -> Result<(SearchIndex, Option<i64>), SearchError> {
    let (schema, fields) = schema::build();
    let existing = if dir.join("meta.json").exists() {
        match Index::open_in_dir(dir) {
            Ok(index) => {
                let payload = index
                    .load_metas()
                    .ok()
                    .and_then(|m| m.payload)
                    .and_then(|p| serde_json::from_str::<Payload>(&p).ok());
                match payload {
                    Some(p) if p.v == SCHEMA_VERSION && index.schema() == schema => {
                        match intact(&index) {
                            Ok(()) => Some((index, p.outbox)),
                            Err(e) => {
                                tracing::warn!(error = %e, "the search index is damaged; rebuilding it");
                                None
                            }
                        }
                    }
                    _ => {
                        tracing::warn!("the search index is from another version; rebuilding it");
                        None
                    }
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "the search index cannot be opened; rebuilding it");
                None
            }
        }
    } else {
        None
    };
    let (mut index, last) = match existing {
        Some((index, last)) => (index, Some(last)),
        None => {
            // Derived data: whatever is there is removed, never kept beside the new one
            // (an old copy could hold erased text).
            if dir.exists() {
                std::fs::remove_dir_all(dir)?;
            }
            std::fs::create_dir_all(dir)?;
            (Index::create_in_dir(dir, schema)?, None)
        }
    };
    analyze::register(index.tokenizers());
    // A search counts facets over every match, segment by segment: on a thread per core
    // it takes a larger share of a machine busy with answers, and half the time on a
    // quiet one. (Searches still queue for these threads, so the CPU they take is not
    // more than before.)
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if cores > 1 {
        index.set_multithread_executor(cores)?;
    }
    let packed = std::sync::Arc::new(super::facets::PackedOrds::default());
    // The reader holds its warmers weakly; `SearchIndex` keeps this one alive.
    let warmer: std::sync::Arc<dyn tantivy::Warmer> = packed.clone();
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .warmers(vec![std::sync::Arc::downgrade(&warmer)])
        .try_into()?;
    Ok((
        SearchIndex {
            index,
            reader,
            fields,
            found: Default::default(),
            packed,
        },
        last,
    ))
}

/// Whether every file of the index is there and whole: checksums of the segment files
/// and a reader over every segment (a missing file fails here, not at the first search).
fn intact(index: &Index) -> Result<(), String> {
    let damaged = index.validate_checksum().map_err(|e| e.to_string())?;
    if !damaged.is_empty() {
        return Err(format!("{} files fail their checksum", damaged.len()));
    }
    let reader: IndexReader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()
        .map_err(|e: tantivy::TantivyError| e.to_string())?;
    let searcher = reader.searcher();
    for segment in searcher.segment_readers() {
        segment.get_store_reader(0).map_err(|e| e.to_string())?;
    }
    Ok(())
}

pub enum Command {
    /// Index everything stored so far, commit, and answer when it is searchable.
    Flush(oneshot::Sender<Result<(), String>>),
    /// Throw the index away and rebuild it from the database.
    Rebuild(oneshot::Sender<Result<(), String>>),
}

pub struct Indexer {
    db: DatabaseConnection,
    themes: crate::themes::ThemesHandle,
    catalogue: CatalogueHandle,
    index: Arc<SearchIndex>,
    writer: Option<IndexWriter>,
    status: Arc<IndexStatus>,
    last_outbox: i64,
    /// No document has a higher response id: at least the highest id ever added. A
    /// response above it is indexed for the first time and has nothing to replace, so
    /// its id is not deleted first (tantivy looks each delete up in every segment at
    /// commit, and queues it until then).
    highest: u64,
    dirty: bool,
    deleted: bool,
    last_commit: Instant,
    commit_every: Duration,
    threads: usize,
}

impl Indexer {
    pub fn new(
        db: DatabaseConnection,
        themes: crate::themes::ThemesHandle,
        catalogue: CatalogueHandle,
        index: Arc<SearchIndex>,
        status: Arc<IndexStatus>,
        commit_every: Duration,
        threads: usize,
    ) -> Result<Indexer, SearchError> {
        let writer = index
            .index
            .writer_with_num_threads(threads.max(1), WRITER_MEMORY * threads.max(1))?;
        let highest = highest_id(&index);
        Ok(Indexer {
            db,
            themes,
            catalogue,
            index,
            writer: Some(writer),
            status,
            last_outbox: 0,
            highest,
            dirty: false,
            deleted: false,
            last_commit: Instant::now(),
            commit_every,
            threads: threads.max(1),
        })
    }

    /// Serves until every sender of `commands` is gone, then commits what it has.
    pub async fn run(mut self, last: Option<i64>, mut commands: mpsc::Receiver<Command>) {
        match last {
            Some(last) => self.last_outbox = last,
            None => self.rebuild_logged().await,
        }
        self.status.ready.store(true, Ordering::Release);
        // Documents go to the index writer a few times between commits, so a commit
        // finds little left to add: drained once a second, under load the second's
        // answers were read and added at the tick and became searchable only after that
        // (searchable p99 2.5 s at 6,000 answers a second).
        let mut tick = tokio::time::interval(self.commit_every.min(DRAIN_EVERY));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            let command = tokio::select! {
                _ = tick.tick() => None,
                command = commands.recv() => match command {
                    Some(command) => Some(command),
                    None => break,
                },
            };
            match command {
                None => {
                    if let Err(e) = self.catch_up(false).await {
                        tracing::error!(error = %e, "search indexing failed; retrying");
                        self.recover(&e);
                    }
                }
                Some(Command::Flush(reply)) => {
                    let result = self.catch_up(true).await;
                    if let Err(e) = &result {
                        self.recover(e);
                    }
                    let _ = reply.send(result.map_err(|e| e.to_string()));
                }
                Some(Command::Rebuild(reply)) => {
                    let result = self.rebuild().await.map_err(|e| e.to_string());
                    let _ = reply.send(result);
                }
            }
        }
        if let Err(e) = self.catch_up(true).await {
            tracing::error!(error = %e, "final search commit failed; the next start catches up");
        }
    }

    /// After the index itself failed (a full disk, most likely), tantivy's writer is dead
    /// and what it buffered is lost: a new writer starts again from the last commit, and
    /// the outbox replays the rest. Database errors leave the writer alone.
    fn recover(&mut self, error: &SearchError) {
        if matches!(error, SearchError::Database(_) | SearchError::Invalid(_)) {
            return;
        }
        // The old writer holds the index lock until it is dropped.
        self.writer = None;
        let committed = self
            .index
            .index
            .load_metas()
            .ok()
            .and_then(|m| m.payload)
            .and_then(|p| serde_json::from_str::<Payload>(&p).ok())
            .map_or(0, |p| p.outbox);
        match self
            .index
            .index
            .writer_with_num_threads(self.threads, WRITER_MEMORY * self.threads)
        {
            Ok(writer) => {
                self.writer = Some(writer);
                self.last_outbox = committed;
                self.dirty = false;
                tracing::warn!(from = committed, "a new index writer replays the outbox");
            }
            Err(e) => tracing::error!(error = %e, "no new index writer yet; retrying"),
        }
    }

    async fn rebuild_logged(&mut self) {
        if let Err(e) = self.rebuild().await {
            tracing::error!(error = %e, "rebuilding the search index failed; retrying on the next change");
        }
    }

    /// Indexes the outbox after the last commit; commits when the interval has passed
    /// (or now, when `force`).
    async fn catch_up(&mut self, force: bool) -> Result<(), SearchError> {
        loop {
            let more = self.drain_page().await?;
            if self.dirty && (force || self.last_commit.elapsed() >= self.commit_every) {
                self.commit().await?;
            }
            if !more {
                break;
            }
        }
        if force && self.dirty {
            self.commit().await?;
        }
        Ok(())
    }

    /// One page of outbox rows; true when there may be more.
    async fn drain_page(&mut self) -> Result<bool, SearchError> {
        let rows = SearchOutbox::find()
            .filter(search_outbox::Column::Id.gt(self.last_outbox))
            .order_by_asc(search_outbox::Column::Id)
            .limit(PAGE)
            .all(&self.db)
            .await?;
        let Some(last) = rows.last().map(|r| r.id) else {
            return Ok(false);
        };
        // Another instance may have changed the codebook or the catalogue these rows were
        // queued for (a theme edit queues every text again): index with what is stored.
        self.themes.catch_up(&self.db).await?;
        self.catalogue
            .catch_up(&self.db)
            .await
            .map_err(|e| SearchError::Invalid(e.to_string()))?;
        let wanted: Vec<i64> = rows
            .iter()
            .filter(|r| r.op == "index")
            .map(|r| r.response_id)
            .collect();
        let loaded = self.load(&wanted).await?;
        let verdicts = self.verdicts(&wanted).await?;
        let catalogue = self.catalogue.get();
        let themes = self.themes.get();
        let writer = self.writer.as_ref().ok_or(SearchError::WriterGone)?;
        let fields = &self.index.fields;
        for row in &rows {
            let id = row.response_id as u64;
            if row.op == "delete" || id <= self.highest {
                writer.delete_term(Term::from_field_u64(fields.id, id));
            }
            if row.op == "delete" {
                self.deleted = true;
            } else if let Some((r, t)) = loaded.get(&row.response_id) {
                let tags = Tags {
                    tagger: &themes.tagger,
                    verdicts: verdicts.get(&row.response_id),
                };
                writer.add_document(document(fields, &catalogue, tags, r, t.as_ref()))?;
                self.highest = self.highest.max(id);
            }
        }
        self.last_outbox = last;
        self.dirty = true;
        Ok(rows.len() as u64 == PAGE)
    }

    /// Planners' verdicts on the themes of these responses: id -> theme -> confirmed?
    async fn verdicts(
        &self,
        ids: &[i64],
    ) -> Result<HashMap<i64, std::collections::BTreeMap<String, bool>>, SearchError> {
        use entity::prelude::ThemeFeedback;
        use entity::theme_feedback;
        let mut out: HashMap<i64, std::collections::BTreeMap<String, bool>> = HashMap::new();
        for chunk in ids.chunks(900) {
            for f in ThemeFeedback::find()
                .filter(theme_feedback::Column::ResponseId.is_in(chunk.iter().copied()))
                .all(&self.db)
                .await?
            {
                out.entry(f.response_id)
                    .or_default()
                    .insert(f.theme, f.verdict == "confirmed");
            }
        }
        Ok(out)
    }

    async fn load(
        &self,
        ids: &[i64],
    ) -> Result<HashMap<i64, (response::Model, Option<response_text::Model>)>, SearchError> {
        let mut out = HashMap::with_capacity(ids.len());
        if ids.is_empty() {
            return Ok(out);
        }
        for chunk in ids.chunks(900) {
            let responses = Response::find()
                .filter(response::Column::Id.is_in(chunk.iter().copied()))
                .all(&self.db)
                .await?;
            let mut texts: HashMap<i64, response_text::Model> = ResponseText::find()
                .filter(response_text::Column::ResponseId.is_in(chunk.iter().copied()))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|t| (t.response_id, t))
                .collect();
            for r in responses {
                let t = texts.remove(&r.id);
                out.insert(r.id, (r, t));
            }
        }
        Ok(out)
    }

    /// Commits with the outbox position as payload, makes it searchable, and after
    /// deletions merges the segments that held deleted documents and removes the old
    /// files, so erased text leaves the index folder.
    async fn commit(&mut self) -> Result<(), SearchError> {
        let mut writer = self.writer.take().ok_or(SearchError::WriterGone)?;
        let payload = serde_json::to_string(&Payload {
            v: SCHEMA_VERSION,
            outbox: self.last_outbox,
        })
        .unwrap_or_default();
        let purge = self.deleted;
        let index = Arc::clone(&self.index);
        let started = Instant::now();
        let (writer, result) = tokio::task::spawn_blocking(move || {
            let result = commit_blocking(&mut writer, &index, &payload, purge);
            (writer, result)
        })
        .await
        .map_err(|_| SearchError::WriterGone)?;
        self.writer = Some(writer);
        result?;
        tracing::debug!(
            ms = started.elapsed().as_secs_f64() * 1000.0,
            outbox = self.last_outbox,
            purge,
            "search index committed"
        );
        self.dirty = false;
        self.deleted = false;
        self.last_commit = Instant::now();
        Ok(())
    }

    /// Empties the index and indexes every stored response again.
    async fn rebuild(&mut self) -> Result<(), SearchError> {
        self.status.rebuilding.store(true, Ordering::Release);
        let result = self.rebuild_inner().await;
        self.status.rebuilding.store(false, Ordering::Release);
        result
    }

    async fn rebuild_inner(&mut self) -> Result<(), SearchError> {
        // Everything in the outbox up to here is covered by the scan below; what comes
        // later is replayed from the outbox (indexing twice is harmless).
        let start = SearchOutbox::find()
            .order_by_desc(search_outbox::Column::Id)
            .one(&self.db)
            .await?
            .map(|r| r.id)
            .unwrap_or(0);
        let total = Response::find().count(&self.db).await?;
        self.status.rebuild_total.store(total, Ordering::Release);
        self.status.rebuild_done.store(0, Ordering::Release);
        {
            let writer = self.writer.as_mut().ok_or(SearchError::WriterGone)?;
            writer.delete_all_documents()?;
        }
        self.deleted = true;
        let mut after = 0i64;
        loop {
            let responses = Response::find()
                .filter(response::Column::Id.gt(after))
                .order_by_asc(response::Column::Id)
                .limit(REBUILD_PAGE)
                .all(&self.db)
                .await?;
            let Some(last) = responses.last().map(|r| r.id) else {
                break;
            };
            let mut texts: HashMap<i64, response_text::Model> = ResponseText::find()
                .filter(response_text::Column::ResponseId.gt(after))
                .filter(response_text::Column::ResponseId.lte(last))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|t| (t.response_id, t))
                .collect();
            let ids: Vec<i64> = responses.iter().map(|r| r.id).collect();
            let verdicts = self.verdicts(&ids).await?;
            let catalogue = self.catalogue.get();
            let themes = self.themes.get();
            let writer = self.writer.as_ref().ok_or(SearchError::WriterGone)?;
            for r in &responses {
                let t = texts.remove(&r.id);
                let tags = Tags {
                    tagger: &themes.tagger,
                    verdicts: verdicts.get(&r.id),
                };
                writer.add_document(document(
                    &self.index.fields,
                    &catalogue,
                    tags,
                    r,
                    t.as_ref(),
                ))?;
                self.highest = self.highest.max(r.id as u64);
            }
            self.status
                .rebuild_done
                .fetch_add(responses.len() as u64, Ordering::AcqRel);
            after = last;
            self.dirty = true;
            // A rebuild is not committed part-way: a crash restarts it, and until it is
            // done searches see the old documents rather than half of them.
        }
        self.last_outbox = start;
        self.dirty = true;
        self.commit().await
    }
}

/// The highest response id in the committed index (deleted documents count too: too
/// high only costs a delete); every id when it cannot be read.
fn highest_id(index: &SearchIndex) -> u64 {
    let searcher = index.reader.searcher();
    searcher
        .segment_readers()
        .iter()
        .map(|segment| {
            segment
                .fast_fields()
                .u64("id")
                .map_or(u64::MAX, |ids| ids.max_value())
        })
        .max()
        .unwrap_or(0)
}

fn commit_blocking(
    writer: &mut IndexWriter,
    index: &SearchIndex,
    payload: &str,
    purge: bool,
) -> Result<(), SearchError> {
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(payload);
    prepared.commit()?;
    if purge {
        let with_deletes: Vec<_> = index
            .index
            .searchable_segment_metas()?
            .into_iter()
            .filter(|m| m.has_deletes())
            .map(|m| m.id())
            .collect();
        if !with_deletes.is_empty() {
            writer.merge(&with_deletes).wait()?;
        }
    }
    index.reader.reload()?;
    if purge {
        writer.garbage_collect_files().wait()?;
    }
    Ok(())
}

/// YYYY-MM as the number YYYYMM.
pub fn month_number(period: &str) -> Option<u64> {
    let (year, month) = period.split_once('-')?;
    let year: u64 = year.parse().ok()?;
    let month: u64 = month.parse().ok()?;
    ((1..=12).contains(&month) && (1000..=9999).contains(&year)).then_some(year * 100 + month)
}

fn facet(value: &str) -> Facet {
    Facet::from_path([value])
}

/// How a response's themes are found: the codebook's terms, then planners' verdicts
/// (a rejected tag goes, a confirmed one stays even where the terms miss).
#[derive(Clone, Copy)]
struct Tags<'a> {
    tagger: &'a crate::themes::Tagger,
    verdicts: Option<&'a std::collections::BTreeMap<String, bool>>,
}

/// The document of one response. The text is the redacted one with its markers
/// removed; a text not yet redacted is not indexed (never the raw text).
fn document(
    fields: &Fields,
    catalogue: &Catalogue,
    tags: Tags<'_>,
    r: &response::Model,
    t: Option<&response_text::Model>,
) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_u64(fields.id, r.id as u64);
    doc.add_u64(
        fields.key,
        u64::from(crate::indicators::disclosure::Tally::key_of_sum(
            r.record_key,
        )),
    );
    if let Some(month) = month_number(&r.period) {
        doc.add_u64(fields.month, month);
    }
    let redacted = t
        .and_then(|t| t.redacted.as_deref())
        .filter(|s| !s.trim().is_empty());
    let detected = t.and_then(|t| t.lang_detected.as_deref());
    // The language of a response: its text's, or the form's when it has no text.
    let lang = match (redacted, detected) {
        (Some(_), Some(detected)) => detected,
        _ => r.lang.as_str(),
    };
    let mut add_facet = |name: &str, value: &str| {
        if let Some(field) = fields.facet(name)
            && !value.is_empty()
        {
            doc.add_facet(field, facet(value));
        }
    };
    add_facet("lang", lang);
    add_facet("period", &r.period);
    let unit = catalogue.units.iter().find(|u| u.id == r.unit_id);
    let survey = catalogue.surveys.iter().find(|s| s.id == r.survey_id);
    if let Some(unit) = unit {
        add_facet("unit", &unit.slug);
        add_facet("service_kind", &unit.service_kind);
        add_facet("district", &unit.district);
        if let Some(zone) = &unit.zone {
            add_facet("zone", zone);
        }
    }
    if let Some(survey) = survey {
        add_facet("survey", &survey.slug);
        add_facet("audience", survey.audience.as_str());
    }
    match redacted {
        Some(text) => {
            // The names of the place and service, which words may match too: only
            // responses with text are searched by words, so only they carry them.
            if let Some(unit) = unit {
                let mut places = vec![unit.name.clone()];
                if let Some(d) = catalogue.districts.iter().find(|d| d.slug == unit.district) {
                    places.push(d.name.clone());
                }
                if let Some(zone) = &unit.zone
                    && let Some(z) = catalogue.zones.iter().find(|z| &z.slug == zone)
                {
                    places.push(z.name.clone());
                }
                if let Some(kind) = catalogue.service_kind(&unit.service_kind) {
                    places.extend(kind.names.values().cloned());
                }
                doc.add_text(fields.places, places.join(" \n "));
            }
            let analysis_lang = match detected {
                Some(d) if d != UNDETERMINED => d,
                _ => r.lang.as_str(),
            };
            let field = fields.text_field(analyze::analyzer_for(analysis_lang));
            let plain = strip_marks(text);
            if let Some(theme_field) = fields.facet("theme") {
                let mut themes: std::collections::BTreeSet<String> =
                    tags.tagger.tag(&plain, analysis_lang).into_iter().collect();
                for (theme, confirmed) in tags.verdicts.into_iter().flatten() {
                    if *confirmed {
                        themes.insert(theme.clone());
                    } else {
                        themes.remove(theme);
                    }
                }
                for theme in themes {
                    doc.add_facet(theme_field, facet(&theme));
                }
            }
            doc.add_text(field, plain);
            doc.add_u64(fields.has_text, 1);
        }
        None => doc.add_u64(fields.has_text, 0),
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_numbers() {
        assert_eq!(month_number("2026-11"), Some(202611));
        assert_eq!(month_number("2026-13"), None);
        assert_eq!(month_number("26-1"), None);
        assert_eq!(month_number("x"), None);
    }
}
