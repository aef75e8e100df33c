//! Settings, read once at start from `stemme.toml` (if present) and the environment,
//! validated before anything else runs. Environment variables win over the file.
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// The smallest group size (k) the product ever shows figures or texts for.
pub const MIN_CELL_FLOOR: u32 = 5;
/// The smallest k for anything published (DOMAIN.md §7).
pub const PUBLISHED_MIN_CELL_FLOOR: u32 = 10;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not valid TOML: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("{name}={value:?} is not valid: {reason}")]
    Invalid {
        name: &'static str,
        value: String,
        reason: String,
    },
}

#[derive(Debug, Clone)]
pub struct Settings {
    /// Address to listen on (`STEMME_BIND`).
    pub bind: SocketAddr,
    /// Folder for the SQLite database and the search index (`STEMME_DATA_DIR`).
    pub data_dir: PathBuf,
    /// `DATABASE_URL`; when absent, SQLite in the data folder.
    pub database_url: Option<String>,
    /// Connections in the database pool (`STEMME_DB_POOL_SIZE`).
    pub db_pool_size: u32,
    /// Public submissions accepted per client address and minute (`STEMME_RATE_LIMIT_PER_MIN`).
    pub rate_limit_per_min: u32,
    /// k: no figure or text is shown for fewer respondents (`STEMME_MIN_CELL`, never below 5).
    pub min_cell: u32,
    /// k for anything published, such as the public page per unit
    /// (`STEMME_PUBLISHED_MIN_CELL`, never below 10 nor below `min_cell`).
    pub published_min_cell: u32,
    /// HTTP worker threads (`STEMME_WORKERS`).
    pub workers: usize,
    /// Take the client address from `X-Forwarded-For` (`STEMME_TRUST_PROXY`), only behind a proxy.
    pub trust_proxy: bool,
    /// The site is served over TLS (by a proxy): cookies get `Secure` (`STEMME_SECURE_COOKIES`).
    pub secure_cookies: bool,
    /// The address citizens reach the site at, for links on posters (`STEMME_PUBLIC_URL`);
    /// when unset, the address the request came to.
    pub public_url: Option<String>,
    /// Longest wait, in milliseconds, before stored answers are searchable
    /// (`STEMME_INDEX_COMMIT_MS`); the index commits at most this often.
    pub index_commit_ms: u64,
    /// Staff sign-in attempts per client address and minute (`STEMME_LOGIN_ATTEMPTS_PER_MIN`).
    pub login_attempts_per_min: u32,
    /// A staff session ends after this many idle minutes (`STEMME_SESSION_IDLE_MIN`).
    pub session_idle_min: u32,
    /// ... and after this many hours in any case (`STEMME_SESSION_MAX_HOURS`).
    pub session_max_hours: u32,
    /// A new API token works for this many days; 0: until revoked (`STEMME_TOKEN_DAYS`).
    pub token_days: u32,
    /// Answers older than this many months are erased every night; 0 keeps them all
    /// (`STEMME_RETENTION_MONTHS`).
    pub retention_months: u32,
    /// How old dashboard figures may be while answers keep coming, in seconds
    /// (`STEMME_FIGURES_MAX_AGE_SECS`; 0: always current).
    pub figures_max_age_secs: u32,
    /// Staff sign-in through the municipality's identity provider (`STEMME_OIDC_*`).
    pub oidc: Option<OidcSettings>,
    /// Whose service this is: name, logo, colour, and the addresses a Norwegian public
    /// website must give.
    pub identity: Identity,
}

/// The municipality's identity on every page.
#[derive(Debug, Clone)]
pub struct Identity {
    /// `STEMME_MUNICIPALITY`: the controller's name, in the header and the privacy notice.
    pub municipality: String,
    /// `STEMME_LOGO_FILE`: an SVG or PNG shown in the header, read once at start.
    pub logo: Option<Logo>,
    /// `STEMME_ACCENT_COLOR`: `#rrggbb` for buttons and links; refused unless white text
    /// on it reads (contrast at least 4.5:1).
    pub accent: Option<String>,
    /// `STEMME_ACCESSIBILITY_URL`: the accessibility statement (uustatus.no), linked
    /// from every page's footer.
    pub accessibility_url: Option<String>,
    /// `STEMME_PRIVACY_CONTACT`: where families ask about privacy (the data protection
    /// officer's address), on the privacy notice.
    pub privacy_contact: Option<String>,
}

impl Default for Identity {
    fn default() -> Self {
        Identity {
            municipality: "Trondheim kommune".to_owned(),
            logo: None,
            accent: None,
            accessibility_url: None,
            privacy_contact: None,
        }
    }
}

#[derive(Clone)]
pub struct Logo {
    pub content_type: &'static str,
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for Logo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Logo({}, {} bytes)", self.content_type, self.bytes.len())
    }
}

/// Reads the logo file: an SVG or a PNG, at most 512 KB.
fn read_logo(path: &str) -> Result<Logo, ConfigError> {
    let invalid = |reason: &str| ConfigError::Invalid {
        name: "STEMME_LOGO_FILE",
        value: path.to_owned(),
        reason: reason.to_owned(),
    };
    let bytes = std::fs::read(path).map_err(|e| invalid(&format!("cannot be read: {e}")))?;
    if bytes.len() > 512 * 1024 {
        return Err(invalid("is larger than 512 KB"));
    }
    let content_type = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).contains("<svg") {
        "image/svg+xml"
    } else {
        return Err(invalid("is neither an SVG nor a PNG"));
    };
    Ok(Logo {
        content_type,
        bytes,
    })
}

/// The contrast of white text on `#rrggbb` (WCAG's formula); `None` when not a colour.
pub fn contrast_with_white(colour: &str) -> Option<f64> {
    let hex = colour.strip_prefix('#').filter(|h| h.len() == 6)?;
    let channel = |at: usize| -> Option<f64> {
        let v = f64::from(u8::from_str_radix(hex.get(at..at + 2)?, 16).ok()?) / 255.0;
        Some(if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        })
    };
    let luminance = 0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?;
    Some(1.05 / (luminance + 0.05))
}

/// OpenID Connect sign-in: the provider, this site as its client, and which of the
/// provider's groups give which role.
#[derive(Debug, Clone)]
pub struct OidcSettings {
    /// `STEMME_OIDC_ISSUER`: the provider's issuer URL (discovery is read from it).
    pub issuer: String,
    /// `STEMME_OIDC_CLIENT_ID` and `STEMME_OIDC_CLIENT_SECRET`.
    pub client_id: String,
    pub client_secret: String,
    /// `STEMME_OIDC_ROLES`: `group=role` pairs, comma-separated; a unit lead's units
    /// after a colon, joined by `+` (`leads-saupstad=unit_lead:saupstad-skole`).
    pub roles: Vec<OidcRoleRule>,
    /// `STEMME_OIDC_GROUPS_CLAIM` (default `groups`): the claim that lists the groups.
    pub groups_claim: String,
    /// `STEMME_OIDC_SCOPES` (default `profile`): scopes asked for beside `openid`.
    pub scopes: Vec<String>,
    /// `STEMME_OIDC_NAME`: the provider's name on the sign-in button.
    pub name: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OidcRoleRule {
    pub group: String,
    pub role: crate::admin::Role,
    pub units: Vec<String>,
}

/// Parses `STEMME_OIDC_ROLES`.
pub fn parse_oidc_roles(v: &str) -> Result<Vec<OidcRoleRule>, String> {
    let mut rules = Vec::new();
    for pair in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (group, grant) = pair
            .rsplit_once('=')
            .ok_or_else(|| format!("{pair:?} is not group=role"))?;
        let (role, units) = grant.split_once(':').unwrap_or((grant, ""));
        let role = crate::admin::Role::parse(role.trim())
            .ok_or_else(|| format!("{role:?} is not admin, planner, facilitator or unit_lead"))?;
        let units: Vec<String> = units
            .split('+')
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .map(str::to_owned)
            .collect();
        if (role == crate::admin::Role::UnitLead) == units.is_empty() {
            return Err(format!(
                "{pair:?}: a unit lead needs units (unit_lead:unit+unit), other roles none"
            ));
        }
        let group = group.trim();
        if group.is_empty() {
            return Err(format!("{pair:?} names no group"));
        }
        rules.push(OidcRoleRule {
            group: group.to_owned(),
            role,
            units,
        });
    }
    if rules.is_empty() {
        return Err("no group gives a role".into());
    }
    Ok(rules)
}

/// What `stemme.toml` may hold; every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    bind: Option<String>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    db_pool_size: Option<u32>,
    rate_limit_per_min: Option<u32>,
    min_cell: Option<u32>,
    published_min_cell: Option<u32>,
    workers: Option<usize>,
    trust_proxy: Option<bool>,
    secure_cookies: Option<bool>,
    public_url: Option<String>,
    index_commit_ms: Option<u64>,
    login_attempts_per_min: Option<u32>,
    session_idle_min: Option<u32>,
    session_max_hours: Option<u32>,
    token_days: Option<u32>,
    retention_months: Option<u32>,
    figures_max_age_secs: Option<u32>,
    oidc_issuer: Option<String>,
    oidc_client_id: Option<String>,
    oidc_client_secret: Option<String>,
    oidc_roles: Option<String>,
    oidc_groups_claim: Option<String>,
    oidc_scopes: Option<String>,
    oidc_name: Option<String>,
    municipality: Option<String>,
    logo_file: Option<String>,
    accent_color: Option<String>,
    accessibility_url: Option<String>,
    privacy_contact: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            bind: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("data"),
            database_url: None,
            db_pool_size: 6,
            rate_limit_per_min: 30,
            min_cell: MIN_CELL_FLOOR,
            published_min_cell: PUBLISHED_MIN_CELL_FLOOR,
            workers: 2,
            trust_proxy: false,
            secure_cookies: false,
            public_url: None,
            index_commit_ms: 1000,
            login_attempts_per_min: 10,
            session_idle_min: 30,
            session_max_hours: 10,
            token_days: 90,
            retention_months: 0,
            figures_max_age_secs: 0,
            oidc: None,
            identity: Identity::default(),
        }
    }
}

impl Settings {
    /// k for published figures: the published setting, and never below the planners' k.
    pub fn published_k(&self) -> u64 {
        u64::from(self.published_min_cell.max(self.min_cell))
    }

    /// Defaults, then `stemme.toml` (or the file named by `STEMME_CONFIG`), then the environment.
    pub fn load() -> Result<Settings, ConfigError> {
        let path = std::env::var_os("STEMME_CONFIG")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("stemme.toml"));
        let file = read_file_settings(&path, std::env::var_os("STEMME_CONFIG").is_some())?;
        Settings::from_sources(file, |name| std::env::var(name).ok())
    }

    fn from_sources(
        file: FileSettings,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Settings, ConfigError> {
        let mut s = Settings::default();
        if let Some(v) = file.bind {
            s.bind = parse_addr("bind", &v)?;
        }
        if let Some(v) = file.data_dir {
            s.data_dir = v;
        }
        s.database_url = file.database_url.or(s.database_url);
        s.db_pool_size = file.db_pool_size.unwrap_or(s.db_pool_size);
        s.rate_limit_per_min = file.rate_limit_per_min.unwrap_or(s.rate_limit_per_min);
        s.min_cell = file.min_cell.unwrap_or(s.min_cell);
        s.published_min_cell = file.published_min_cell.unwrap_or(s.published_min_cell);
        s.workers = file.workers.unwrap_or(s.workers);
        s.trust_proxy = file.trust_proxy.unwrap_or(s.trust_proxy);
        s.secure_cookies = file.secure_cookies.unwrap_or(s.secure_cookies);
        s.public_url = file.public_url.or(s.public_url);
        s.index_commit_ms = file.index_commit_ms.unwrap_or(s.index_commit_ms);
        s.login_attempts_per_min = file
            .login_attempts_per_min
            .unwrap_or(s.login_attempts_per_min);
        s.session_idle_min = file.session_idle_min.unwrap_or(s.session_idle_min);
        s.session_max_hours = file.session_max_hours.unwrap_or(s.session_max_hours);
        s.token_days = file.token_days.unwrap_or(s.token_days);
        s.retention_months = file.retention_months.unwrap_or(s.retention_months);
        s.figures_max_age_secs = file.figures_max_age_secs.unwrap_or(s.figures_max_age_secs);

        if let Some(v) = env("STEMME_BIND") {
            s.bind = parse_addr("STEMME_BIND", &v)?;
        }
        if let Some(v) = env("STEMME_DATA_DIR") {
            s.data_dir = PathBuf::from(v);
        }
        if let Some(v) = env("DATABASE_URL").filter(|v| !v.trim().is_empty()) {
            s.database_url = Some(v);
        }
        if let Some(v) = env("STEMME_DB_POOL_SIZE") {
            s.db_pool_size = parse_num("STEMME_DB_POOL_SIZE", &v)?;
        }
        if let Some(v) = env("STEMME_RATE_LIMIT_PER_MIN") {
            s.rate_limit_per_min = parse_num("STEMME_RATE_LIMIT_PER_MIN", &v)?;
        }
        if let Some(v) = env("STEMME_MIN_CELL") {
            s.min_cell = parse_num("STEMME_MIN_CELL", &v)?;
        }
        if let Some(v) = env("STEMME_PUBLISHED_MIN_CELL") {
            s.published_min_cell = parse_num("STEMME_PUBLISHED_MIN_CELL", &v)?;
        }
        if let Some(v) = env("STEMME_WORKERS") {
            s.workers = parse_num("STEMME_WORKERS", &v)?;
        }
        if let Some(v) = env("STEMME_TRUST_PROXY") {
            s.trust_proxy = parse_bool("STEMME_TRUST_PROXY", &v)?;
        }
        if let Some(v) = env("STEMME_SECURE_COOKIES") {
            s.secure_cookies = parse_bool("STEMME_SECURE_COOKIES", &v)?;
        }
        if let Some(v) = env("STEMME_INDEX_COMMIT_MS") {
            s.index_commit_ms = parse_num("STEMME_INDEX_COMMIT_MS", &v)?;
        }
        if let Some(v) = env("STEMME_LOGIN_ATTEMPTS_PER_MIN") {
            s.login_attempts_per_min = parse_num("STEMME_LOGIN_ATTEMPTS_PER_MIN", &v)?;
        }
        if let Some(v) = env("STEMME_SESSION_IDLE_MIN") {
            s.session_idle_min = parse_num("STEMME_SESSION_IDLE_MIN", &v)?;
        }
        if let Some(v) = env("STEMME_SESSION_MAX_HOURS") {
            s.session_max_hours = parse_num("STEMME_SESSION_MAX_HOURS", &v)?;
        }
        if let Some(v) = env("STEMME_TOKEN_DAYS") {
            s.token_days = parse_num("STEMME_TOKEN_DAYS", &v)?;
        }
        if let Some(v) = env("STEMME_FIGURES_MAX_AGE_SECS") {
            s.figures_max_age_secs = parse_num("STEMME_FIGURES_MAX_AGE_SECS", &v)?;
        }
        if let Some(v) = env("STEMME_RETENTION_MONTHS") {
            s.retention_months = parse_num("STEMME_RETENTION_MONTHS", &v)?;
        }
        if let Some(v) = env("STEMME_PUBLIC_URL").filter(|v| !v.trim().is_empty()) {
            s.public_url = Some(v.trim().trim_end_matches('/').to_owned());
        }
        let oidc = |name: &str, from_file: Option<String>| {
            env(name)
                .or(from_file)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        s.oidc = oidc_settings(
            oidc("STEMME_OIDC_ISSUER", file.oidc_issuer),
            oidc("STEMME_OIDC_CLIENT_ID", file.oidc_client_id),
            oidc("STEMME_OIDC_CLIENT_SECRET", file.oidc_client_secret),
            oidc("STEMME_OIDC_ROLES", file.oidc_roles),
            oidc("STEMME_OIDC_GROUPS_CLAIM", file.oidc_groups_claim),
            oidc("STEMME_OIDC_SCOPES", file.oidc_scopes),
            oidc("STEMME_OIDC_NAME", file.oidc_name),
        )?;
        let text = |name: &str, from_file: Option<String>| {
            env(name)
                .or(from_file)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        if let Some(name) = text("STEMME_MUNICIPALITY", file.municipality) {
            s.identity.municipality = name;
        }
        s.identity.logo = text("STEMME_LOGO_FILE", file.logo_file)
            .map(|path| read_logo(&path))
            .transpose()?;
        s.identity.accent = text("STEMME_ACCENT_COLOR", file.accent_color);
        s.identity.accessibility_url = text("STEMME_ACCESSIBILITY_URL", file.accessibility_url);
        s.identity.privacy_contact = text("STEMME_PRIVACY_CONTACT", file.privacy_contact);
        s.validate()?;
        Ok(s)
    }

    fn validate(&self) -> Result<(), ConfigError> {
        if let Some(colour) = &self.identity.accent {
            match contrast_with_white(colour) {
                Some(c) if c >= 4.5 => {}
                Some(c) => {
                    return Err(ConfigError::Invalid {
                        name: "STEMME_ACCENT_COLOR",
                        value: colour.clone(),
                        reason: format!(
                            "white text on it has a contrast of {c:.1}:1; choose a darker colour (at least 4.5:1)"
                        ),
                    });
                }
                None => {
                    return Err(ConfigError::Invalid {
                        name: "STEMME_ACCENT_COLOR",
                        value: colour.clone(),
                        reason: "expected a colour written #rrggbb".into(),
                    });
                }
            }
        }
        if let Some(url) = &self.identity.accessibility_url
            && !url.starts_with("https://")
        {
            return Err(ConfigError::Invalid {
                name: "STEMME_ACCESSIBILITY_URL",
                value: url.clone(),
                reason: "expected an address starting with https://".into(),
            });
        }
        if let Some(url) = &self.public_url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            return Err(ConfigError::Invalid {
                name: "STEMME_PUBLIC_URL",
                value: url.clone(),
                reason: "expected an address starting with https://".into(),
            });
        }
        if self.min_cell < MIN_CELL_FLOOR {
            return Err(ConfigError::Invalid {
                name: "STEMME_MIN_CELL",
                value: self.min_cell.to_string(),
                reason: format!("k may only be raised: it is never below {MIN_CELL_FLOOR}"),
            });
        }
        if self.published_min_cell < PUBLISHED_MIN_CELL_FLOOR {
            return Err(ConfigError::Invalid {
                name: "STEMME_PUBLISHED_MIN_CELL",
                value: self.published_min_cell.to_string(),
                reason: format!(
                    "k may only be raised: published figures need at least {PUBLISHED_MIN_CELL_FLOOR}"
                ),
            });
        }
        let positive = [
            (
                "STEMME_RATE_LIMIT_PER_MIN",
                self.rate_limit_per_min as usize,
            ),
            ("STEMME_DB_POOL_SIZE", self.db_pool_size as usize),
            ("STEMME_WORKERS", self.workers),
            ("STEMME_INDEX_COMMIT_MS", self.index_commit_ms as usize),
            (
                "STEMME_LOGIN_ATTEMPTS_PER_MIN",
                self.login_attempts_per_min as usize,
            ),
            ("STEMME_SESSION_IDLE_MIN", self.session_idle_min as usize),
            ("STEMME_SESSION_MAX_HOURS", self.session_max_hours as usize),
        ];
        for (name, value) in positive {
            if value == 0 {
                return Err(ConfigError::Invalid {
                    name,
                    value: "0".into(),
                    reason: "must be at least 1".into(),
                });
            }
        }
        Ok(())
    }

    /// The database URL in force: `DATABASE_URL`, else SQLite in the data folder.
    pub fn effective_database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.clone(),
            None => format!("sqlite://{}", self.data_dir.join("stemme.db").display()),
        }
    }

    pub fn is_sqlite(&self) -> bool {
        self.effective_database_url().starts_with("sqlite:")
    }
}

/// OpenID Connect sign-in when an issuer is named; then the client and roles must be too.
fn oidc_settings(
    issuer: Option<String>,
    client_id: Option<String>,
    client_secret: Option<String>,
    roles: Option<String>,
    groups_claim: Option<String>,
    scopes: Option<String>,
    name: Option<String>,
) -> Result<Option<OidcSettings>, ConfigError> {
    let Some(issuer) = issuer else {
        if client_id.is_some() || client_secret.is_some() || roles.is_some() {
            return Err(ConfigError::Invalid {
                name: "STEMME_OIDC_ISSUER",
                value: String::new(),
                reason: "the other STEMME_OIDC_ settings need the provider's issuer URL".into(),
            });
        }
        return Ok(None);
    };
    if !(issuer.starts_with("https://") || issuer.starts_with("http://")) {
        return Err(ConfigError::Invalid {
            name: "STEMME_OIDC_ISSUER",
            value: issuer,
            reason: "expected the issuer's URL, starting with https://".into(),
        });
    }
    let missing = |name: &'static str| ConfigError::Invalid {
        name,
        value: String::new(),
        reason: "needed with STEMME_OIDC_ISSUER".into(),
    };
    let client_id = client_id.ok_or_else(|| missing("STEMME_OIDC_CLIENT_ID"))?;
    let client_secret = client_secret.ok_or_else(|| missing("STEMME_OIDC_CLIENT_SECRET"))?;
    let roles_text = roles.ok_or_else(|| missing("STEMME_OIDC_ROLES"))?;
    let roles = parse_oidc_roles(&roles_text).map_err(|reason| ConfigError::Invalid {
        name: "STEMME_OIDC_ROLES",
        value: roles_text.clone(),
        reason,
    })?;
    let host = issuer
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_default()
        .to_owned();
    Ok(Some(OidcSettings {
        issuer,
        client_id,
        client_secret,
        roles,
        groups_claim: groups_claim.unwrap_or_else(|| "groups".into()),
        scopes: scopes
            .unwrap_or_else(|| "profile".into())
            .split_whitespace()
            .filter(|s| *s != "openid")
            .map(str::to_owned)
            .collect(),
        name: name.unwrap_or(host),
    }))
}

fn read_file_settings(path: &Path, required: bool) -> Result<FileSettings, ConfigError> {
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).map_err(|e| ConfigError::Parse {
            path: path.to_owned(),
            message: e.to_string(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => {
            Ok(FileSettings::default())
        }
        Err(source) => Err(ConfigError::Read {
            path: path.to_owned(),
            source,
        }),
    }
}

fn parse_addr(name: &'static str, v: &str) -> Result<SocketAddr, ConfigError> {
    v.trim().parse().map_err(|_| ConfigError::Invalid {
        name,
        value: v.into(),
        reason: "expected host:port, for example 127.0.0.1:8080".into(),
    })
}

fn parse_num<T: std::str::FromStr>(name: &'static str, v: &str) -> Result<T, ConfigError> {
    v.trim().parse().map_err(|_| ConfigError::Invalid {
        name,
        value: v.into(),
        reason: "expected a whole number".into(),
    })
}

fn parse_bool(name: &'static str, v: &str) -> Result<bool, ConfigError> {
    match v.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" | "" => Ok(false),
        _ => Err(ConfigError::Invalid {
            name,
            value: v.into(),
            reason: "expected true or false".into(),
        }),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn an_accent_colour_must_carry_white_text() {
        assert!(contrast_with_white("#0a5cab").is_some_and(|c| c >= 4.5));
        assert!(contrast_with_white("#ffcc00").is_some_and(|c| c < 4.5));
        assert_eq!(contrast_with_white("blue"), None);
        let set = |colour: &str| {
            let file = FileSettings::default();
            let colour = colour.to_owned();
            Settings::from_sources(file, move |name| {
                (name == "STEMME_ACCENT_COLOR").then(|| colour.clone())
            })
        };
        assert!(set("#0a5cab").is_ok());
        assert!(
            set("#ffcc00").is_err(),
            "yellow with white text is unreadable"
        );
        assert!(set("#12345").is_err());
    }

    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn k_below_five_is_refused() {
        let err =
            Settings::from_sources(FileSettings::default(), env_of(&[("STEMME_MIN_CELL", "3")]));
        assert!(matches!(
            err,
            Err(ConfigError::Invalid {
                name: "STEMME_MIN_CELL",
                ..
            })
        ));
    }

    #[test]
    fn published_k_is_at_least_ten_and_never_below_the_planners_k() {
        let err = Settings::from_sources(
            FileSettings::default(),
            env_of(&[("STEMME_PUBLISHED_MIN_CELL", "8")]),
        );
        assert!(matches!(
            err,
            Err(ConfigError::Invalid {
                name: "STEMME_PUBLISHED_MIN_CELL",
                ..
            })
        ));
        let s = Settings::from_sources(
            FileSettings::default(),
            env_of(&[("STEMME_MIN_CELL", "12")]),
        )
        .expect("valid");
        assert_eq!(s.published_k(), 12);
        assert_eq!(Settings::default().published_k(), 10);
    }

    #[test]
    fn environment_overrides_file() {
        let file = FileSettings {
            min_cell: Some(7),
            rate_limit_per_min: Some(10),
            ..Default::default()
        };
        let s =
            Settings::from_sources(file, env_of(&[("STEMME_RATE_LIMIT_PER_MIN", "99")])).unwrap();
        assert_eq!(s.min_cell, 7);
        assert_eq!(s.rate_limit_per_min, 99);
    }

    #[test]
    fn default_database_is_sqlite_in_the_data_folder() {
        let s = Settings::from_sources(
            FileSettings::default(),
            env_of(&[("STEMME_DATA_DIR", "/tmp/x")]),
        )
        .unwrap();
        assert_eq!(s.effective_database_url(), "sqlite:///tmp/x/stemme.db");
        assert!(s.is_sqlite());
    }

    #[test]
    fn bad_bind_address_names_the_variable() {
        let err = Settings::from_sources(
            FileSettings::default(),
            env_of(&[("STEMME_BIND", "nowhere")]),
        );
        assert!(matches!(
            err,
            Err(ConfigError::Invalid {
                name: "STEMME_BIND",
                ..
            })
        ));
    }

    #[test]
    fn oidc_groups_map_to_roles_and_bad_mappings_are_refused() {
        use crate::admin::Role;
        let rules = parse_oidc_roles(
            "stemme-admins=admin, Planleggere=planner,ledere-saupstad=unit_lead:saupstad-skole+saupstad-barnehage",
        )
        .expect("valid");
        assert_eq!(rules.len(), 3);
        assert_eq!(rules[1].group, "Planleggere");
        assert_eq!(rules[1].role, Role::Planner);
        assert_eq!(rules[2].role, Role::UnitLead);
        assert_eq!(rules[2].units, ["saupstad-skole", "saupstad-barnehage"]);
        for bad in [
            "",
            "stemme-admins",
            "x=owner",
            "x=unit_lead",
            "x=planner:saupstad-skole",
            "=admin",
        ] {
            assert!(parse_oidc_roles(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn oidc_needs_its_client_and_roles_once_an_issuer_is_named() {
        let none = Settings::from_sources(FileSettings::default(), env_of(&[])).expect("valid");
        assert!(none.oidc.is_none());
        let missing = Settings::from_sources(
            FileSettings::default(),
            env_of(&[("STEMME_OIDC_ISSUER", "https://login.kommune.no")]),
        );
        assert!(matches!(
            missing,
            Err(ConfigError::Invalid {
                name: "STEMME_OIDC_CLIENT_ID",
                ..
            })
        ));
        let orphan = Settings::from_sources(
            FileSettings::default(),
            env_of(&[("STEMME_OIDC_CLIENT_ID", "stemme")]),
        );
        assert!(orphan.is_err());
        let full = Settings::from_sources(
            FileSettings::default(),
            env_of(&[
                ("STEMME_OIDC_ISSUER", "https://login.kommune.no/realm"),
                ("STEMME_OIDC_CLIENT_ID", "stemme"),
                ("STEMME_OIDC_CLIENT_SECRET", "s3cret"),
                ("STEMME_OIDC_ROLES", "planleggere=planner"),
                ("STEMME_OIDC_SCOPES", "openid profile groups"),
            ]),
        )
        .expect("valid");
        let oidc = full.oidc.expect("configured");
        assert_eq!(oidc.name, "login.kommune.no");
        assert_eq!(oidc.groups_claim, "groups");
        assert_eq!(oidc.scopes, ["profile", "groups"]);
    }
}
