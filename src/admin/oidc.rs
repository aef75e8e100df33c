//! Staff sign-in through the municipality's identity provider (OpenID Connect), beside
//! local accounts. The authorization code flow with PKCE: the state, nonce and verifier
//! travel in a short-lived cookie signed with the server secret, so the provider may
//! send the browser back to any instance. The provider's groups give the role at every
//! sign-in (`STEMME_OIDC_ROLES`); someone whose groups give none is refused. Each
//! person gets an account row matched by issuer and subject only (never by a name a
//! local account could also have), without a password, so an administrator can still
//! disable it and the audit log names it.
use super::auth::Role;
use super::{audit, session, users};
use crate::config::{OidcRoleRule, OidcSettings};
use crate::web::{AppState, Page, PageError};
use actix_web::cookie::{Cookie, SameSite, time};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, web};
use hmac::{Hmac, KeyInit, Mac};
use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreAuthenticationFlow, CoreErrorResponseType,
    CoreGenderClaim, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm,
    CoreProviderMetadata, CoreRevocableToken, CoreRevocationErrorResponse,
    CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AdditionalClaims, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret,
    CsrfToken, EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet, IdTokenFields,
    IssuerUrl, Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope,
    StandardErrorResponse, StandardTokenResponse, TokenResponse,
};
use serde_json::Value;
use sha2::Sha256;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::RwLock;

const FLOW_COOKIE: &str = "stemme_oidc";
const FLOW_PATH: &str = "/admin/login/oidc";
/// How long the provider's metadata and signing keys are used before they are read
/// again (providers rotate their keys).
const DISCOVERY_MAX_AGE: Duration = Duration::from_secs(60 * 60);
/// How long a sign-in at the provider may take.
const FLOW_SECONDS: i64 = 600;

/// Claims beside the standard ones, kept whole: the groups claim is named in settings.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
struct OtherClaims {
    #[serde(flatten)]
    claims: HashMap<String, Value>,
}
impl AdditionalClaims for OtherClaims {}

type TokenFields = IdTokenFields<
    OtherClaims,
    EmptyExtraTokenFields,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
type Client = openidconnect::Client<
    OtherClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    StandardTokenResponse<TokenFields, CoreTokenType>,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    #[error("the identity provider cannot be reached or read: {0}")]
    Provider(String),
    #[error("the sign-in came back changed, late or to another browser")]
    Flow,
    #[error("the identity provider's answer is not valid: {0}")]
    Token(String),
    #[error("the person's groups give no role in stemme")]
    NoRole,
    #[error("the account is disabled")]
    Disabled,
    #[error("database: {0}")]
    Database(String),
}

/// The provider as this process knows it: read (discovery) at the first sign-in, so a
/// provider that is down does not stop the server from starting, and read again after
/// an hour or when an ID token's key is not among those read.
#[derive(Clone)]
pub struct Oidc {
    settings: Arc<OidcSettings>,
    http: openidconnect::reqwest::Client,
    discovered: Arc<RwLock<Option<(Instant, Client)>>>,
}

impl Oidc {
    pub fn new(settings: &OidcSettings) -> Result<Oidc, OidcError> {
        let http = openidconnect::reqwest::ClientBuilder::new()
            // Following redirects would let a provider's answer send us elsewhere.
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(10))
            .build()
            .map_err(|e| OidcError::Provider(e.to_string()))?;
        Ok(Oidc {
            settings: Arc::new(settings.clone()),
            http,
            discovered: Arc::default(),
        })
    }

    pub fn name(&self) -> &str {
        &self.settings.name
    }

    /// The client, with `redirect` as its redirect address; `fresh` reads the
    /// provider's metadata and keys again whatever their age.
    async fn client(&self, redirect: String, fresh: bool) -> Result<Client, OidcError> {
        let redirect =
            RedirectUrl::new(redirect).map_err(|e| OidcError::Provider(e.to_string()))?;
        if !fresh
            && let Some((read, client)) = self.discovered.read().await.as_ref()
            && read.elapsed() < DISCOVERY_MAX_AGE
        {
            return Ok(client.clone().set_redirect_uri(redirect));
        }
        let issuer = IssuerUrl::new(self.settings.issuer.clone())
            .map_err(|e| OidcError::Provider(e.to_string()))?;
        let metadata = CoreProviderMetadata::discover_async(issuer, &self.http)
            .await
            .map_err(|e| OidcError::Provider(e.to_string()))?;
        let client = Client::from_provider_metadata(
            metadata,
            ClientId::new(self.settings.client_id.clone()),
            Some(ClientSecret::new(self.settings.client_secret.clone())),
        );
        *self.discovered.write().await = Some((Instant::now(), client.clone()));
        Ok(client.set_redirect_uri(redirect))
    }
}

/// The role (and a unit lead's units) the groups give: the widest role any group gives;
/// a unit lead gets the units of every group that makes them one.
pub fn role_for(rules: &[OidcRoleRule], groups: &[String]) -> Option<(Role, Vec<String>)> {
    let matching: Vec<&OidcRoleRule> = rules
        .iter()
        .filter(|r| groups.iter().any(|g| g == &r.group))
        .collect();
    for role in [
        Role::Admin,
        Role::Planner,
        Role::Facilitator,
        Role::UnitLead,
    ] {
        let with: Vec<&&OidcRoleRule> = matching.iter().filter(|r| r.role == role).collect();
        if !with.is_empty() {
            let mut units: Vec<String> = with.iter().flat_map(|r| r.units.clone()).collect();
            units.sort();
            units.dedup();
            return Some((role, units));
        }
    }
    None
}

/// The groups in a claim: a list of names, or one name.
fn groups_in(claims: &HashMap<String, Value>, name: &str) -> Option<Vec<String>> {
    match claims.get(name)? {
        Value::Array(items) => Some(
            items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
        ),
        Value::String(one) => Some(vec![one.clone()]),
        _ => None,
    }
}

/// What the flow cookie carries, signed.
struct Flow {
    state: String,
    nonce: String,
    verifier: String,
    next: String,
    issued: i64,
}

impl Flow {
    fn seal(&self, key: &[u8]) -> String {
        let body = format!(
            "{}.{}.{}.{}.{}",
            self.state,
            self.nonce,
            self.verifier,
            hex(self.next.as_bytes()),
            self.issued
        );
        format!("{body}.{}", mac(key, &body))
    }

    fn open(sealed: &str, key: &[u8], now: i64) -> Option<Flow> {
        let (body, tag) = sealed.rsplit_once('.')?;
        let mut check = <Hmac<Sha256> as KeyInit>::new_from_slice(key).ok()?;
        check.update(b"oidc-flow\0");
        check.update(body.as_bytes());
        check.verify_slice(&unhex(tag)?).ok()?;
        let parts: Vec<&str> = body.split('.').collect();
        let [state, nonce, verifier, next, issued] = parts.as_slice() else {
            return None;
        };
        let issued: i64 = issued.parse().ok()?;
        if now < issued || now - issued > FLOW_SECONDS {
            return None;
        }
        Some(Flow {
            state: (*state).to_owned(),
            nonce: (*nonce).to_owned(),
            verifier: (*verifier).to_owned(),
            next: String::from_utf8(unhex(next)?).ok()?,
            issued,
        })
    }
}

fn mac(key: &[u8], body: &str) -> String {
    let Ok(mut m) = <Hmac<Sha256> as KeyInit>::new_from_slice(key) else {
        return String::new();
    };
    m.update(b"oidc-flow\0");
    m.update(body.as_bytes());
    hex(&m.finalize().into_bytes())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

fn flow_cookie(state: &AppState, value: String) -> Cookie<'static> {
    Cookie::build(FLOW_COOKIE, value)
        .path(FLOW_PATH)
        .http_only(true)
        .secure(state.settings.secure_cookies)
        // Lax: the provider sends the browser back with a top-level GET from its site.
        .same_site(SameSite::Lax)
        .max_age(time::Duration::seconds(FLOW_SECONDS))
        .finish()
}

fn redirect_uri(state: &AppState, req: &HttpRequest) -> String {
    format!(
        "{}{FLOW_PATH}/callback",
        crate::forms::poster::public_base(state, req)
    )
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(start).service(callback);
}

fn failed(page: &Page, e: &OidcError) -> PageError {
    tracing::warn!(error = %e, "sign-in through the identity provider failed");
    match e {
        OidcError::NoRole | OidcError::Disabled => page.error_page(
            StatusCode::FORBIDDEN,
            "login-oidc-refused-title",
            "login-oidc-refused-body",
        ),
        _ => page.error_page(
            StatusCode::BAD_GATEWAY,
            "login-oidc-failed-title",
            "login-oidc-failed-body",
        ),
    }
}

/// Sends the browser to the provider.
#[get("/login/oidc")]
async fn start(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    let Some(oidc) = &state.staff_auth.oidc else {
        return Err(page.error(StatusCode::NOT_FOUND));
    };
    let client = oidc
        .client(redirect_uri(&state, &req), false)
        .await
        .map_err(|e| failed(&page, &e))?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let mut request = client.authorize_url(
        CoreAuthenticationFlow::AuthorizationCode,
        CsrfToken::new_random,
        Nonce::new_random,
    );
    for scope in &oidc.settings.scopes {
        request = request.add_scope(Scope::new(scope.clone()));
    }
    let (url, csrf, nonce) = request.set_pkce_challenge(challenge).url();
    let flow = Flow {
        state: csrf.secret().clone(),
        nonce: nonce.secret().clone(),
        verifier: verifier.secret().clone(),
        next: super::pages::safe_next(crate::web::query_param(&req, "next").as_deref()),
        issued: chrono::Utc::now().timestamp(),
    };
    Ok(HttpResponse::SeeOther()
        .cookie(flow_cookie(
            &state,
            flow.seal(state.staff_auth.flow_key().as_ref()),
        ))
        .insert_header(("Location", url.to_string()))
        .finish())
}

/// Who the provider says signed in: subject, a name to show, a username to start from,
/// and the groups.
struct Person {
    subject: String,
    display_name: String,
    username: String,
    groups: Vec<String>,
}

/// The provider sends the browser back here with a code.
#[get("/login/oidc/callback")]
async fn callback(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, PageError> {
    let page = Page::new(&state, &req, None);
    let Some(oidc) = &state.staff_auth.oidc else {
        return Err(page.error(StatusCode::NOT_FOUND));
    };
    let flow = req
        .cookie(FLOW_COOKIE)
        .and_then(|c| {
            Flow::open(
                c.value(),
                state.staff_auth.flow_key().as_ref(),
                chrono::Utc::now().timestamp(),
            )
        })
        .filter(|f| crate::web::query_param(&req, "state").as_deref() == Some(f.state.as_str()))
        .ok_or(OidcError::Flow)
        .map_err(|e| failed(&page, &e))?;
    let Some(code) = crate::web::query_param(&req, "code") else {
        // The provider said no (or the person cancelled): `error` says why.
        let e = OidcError::Token(
            crate::web::query_param(&req, "error").unwrap_or_else(|| "no code".into()),
        );
        return Err(failed(&page, &e));
    };
    let person = exchange(oidc, &state, &req, &flow, code)
        .await
        .map_err(|e| failed(&page, &e))?;
    let actor = format!("{}@{}", person.username, oidc.settings.name);
    let Some((role, units)) = role_for(&oidc.settings.roles, &person.groups) else {
        audit::record(&state.db, &actor, "login.refused", None, Some("no role")).await;
        return Err(failed(&page, &OidcError::NoRole));
    };
    let subject = format!("{}#{}", oidc.settings.issuer, person.subject);
    let user = users::upsert_external(
        &state.db,
        users::ExternalUser {
            subject,
            username: person.username,
            display_name: person.display_name,
            role,
            units,
        },
    )
    .await
    .map_err(|e| failed(&page, &OidcError::Database(e.to_string())))?;
    if !user.active {
        audit::record(
            &state.db,
            &user.username,
            "login.refused",
            None,
            Some("disabled"),
        )
        .await;
        return Err(failed(&page, &OidcError::Disabled));
    }
    session::end(&state.db, &req)
        .await
        .map_err(|e| failed(&page, &OidcError::Database(e.to_string())))?;
    let secret = session::start(&state.db, user.id)
        .await
        .map_err(|e| failed(&page, &OidcError::Database(e.to_string())))?;
    audit::record(
        &state.db,
        &user.username,
        "login.oidc",
        None,
        Some(&user.role),
    )
    .await;
    tracing::info!(user = %user.username, role = %user.role, "staff signed in through the identity provider");
    let mut ended = flow_cookie(&state, String::new());
    ended.make_removal();
    Ok(HttpResponse::SeeOther()
        .cookie(state.staff_auth.session_cookie(secret))
        .cookie(ended)
        .insert_header(("Location", flow.next))
        .finish())
}

/// Trades the code for tokens, checks the ID token (signature, issuer, audience, time,
/// nonce) and reads the person, with the groups from the ID token or else from userinfo.
async fn exchange(
    oidc: &Oidc,
    state: &AppState,
    req: &HttpRequest,
    flow: &Flow,
    code: String,
) -> Result<Person, OidcError> {
    let client = oidc.client(redirect_uri(state, req), false).await?;
    let tokens = client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|e| OidcError::Provider(e.to_string()))?
        .set_pkce_verifier(PkceCodeVerifier::new(flow.verifier.clone()))
        .request_async(&oidc.http)
        .await
        .map_err(|e| OidcError::Token(e.to_string()))?;
    let id_token = tokens
        .id_token()
        .ok_or_else(|| OidcError::Token("no ID token".into()))?;
    let nonce = Nonce::new(flow.nonce.clone());
    let claims = match id_token.claims(&client.id_token_verifier(), &nonce) {
        Ok(claims) => claims,
        // Signed with a key this process has not read yet (the provider rotated its
        // keys): read them again, once.
        Err(ClaimsVerificationError::SignatureVerification(_)) => {
            let fresh = oidc.client(redirect_uri(state, req), true).await?;
            id_token
                .claims(&fresh.id_token_verifier(), &nonce)
                .map_err(|e| OidcError::Token(e.to_string()))?
        }
        Err(e) => return Err(OidcError::Token(e.to_string())),
    };
    let subject = claims.subject().as_str().to_owned();
    let display_name = claims
        .name()
        .and_then(|n| n.get(None))
        .map(|n| n.as_str().to_owned())
        .unwrap_or_else(|| subject.clone());
    let username = claims
        .preferred_username()
        .map(|u| u.as_str().to_owned())
        .or_else(|| claims.email().map(|e| e.as_str().to_owned()))
        .unwrap_or_else(|| subject.clone());
    let claim = &oidc.settings.groups_claim;
    let groups = match groups_in(&claims.additional_claims().claims, claim) {
        Some(groups) => groups,
        None => userinfo_groups(oidc, &client, tokens.access_token().secret(), &subject)
            .await?
            .unwrap_or_default(),
    };
    Ok(Person {
        subject,
        display_name,
        username,
        groups,
    })
}

/// The groups from the userinfo endpoint, for providers that leave them out of the ID
/// token; only when userinfo speaks of the same subject.
async fn userinfo_groups(
    oidc: &Oidc,
    client: &Client,
    access_token: &str,
    subject: &str,
) -> Result<Option<Vec<String>>, OidcError> {
    let Some(url) = client.user_info_url() else {
        return Ok(None);
    };
    let body = oidc
        .http
        .get(url.url().clone())
        .bearer_auth(access_token)
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .map_err(|e| OidcError::Provider(e.to_string()))?
        .bytes()
        .await
        .map_err(|e| OidcError::Provider(e.to_string()))?;
    let info: HashMap<String, Value> =
        serde_json::from_slice(&body).map_err(|e| OidcError::Token(e.to_string()))?;
    if info.get("sub").and_then(Value::as_str) != Some(subject) {
        return Err(OidcError::Token("userinfo is about someone else".into()));
    }
    Ok(groups_in(&info, &oidc.settings.groups_claim))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Vec<OidcRoleRule> {
        crate::config::parse_oidc_roles(
            "stemme-admins=admin,planleggere=planner,ledere-a=unit_lead:a,ledere-b=unit_lead:b+c",
        )
        .expect("valid")
    }

    fn groups(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_widest_role_wins_and_unit_leads_get_every_groups_units() {
        let r = rules();
        assert_eq!(
            role_for(&r, &groups(&["planleggere", "stemme-admins"])),
            Some((Role::Admin, vec![]))
        );
        assert_eq!(
            role_for(&r, &groups(&["ledere-b", "ledere-a", "andre"])),
            Some((Role::UnitLead, groups(&["a", "b", "c"])))
        );
        assert_eq!(role_for(&r, &groups(&["andre", "Planleggere"])), None);
        assert_eq!(role_for(&r, &[]), None);
    }

    #[test]
    fn a_flow_cookie_opens_only_whole_in_time_and_with_the_key() {
        let flow = Flow {
            state: "st".into(),
            nonce: "no".into(),
            verifier: "ve".into(),
            next: "/admin/search?q=a.b".into(),
            issued: 1_000,
        };
        let sealed = flow.seal(b"key");
        let opened = Flow::open(&sealed, b"key", 1_100).expect("opens");
        assert_eq!(opened.next, "/admin/search?q=a.b");
        assert_eq!(opened.state, "st");
        assert!(Flow::open(&sealed, b"other key", 1_100).is_none());
        assert!(Flow::open(&sealed, b"key", 1_000 + FLOW_SECONDS + 1).is_none());
        let tampered = sealed.replacen("st.", "sx.", 1);
        assert!(Flow::open(&tampered, b"key", 1_100).is_none());
        assert!(Flow::open("garbage", b"key", 1_100).is_none());
    }

    #[test]
    fn groups_are_read_from_a_list_or_one_name() {
        let mut claims = HashMap::new();
        claims.insert("groups".to_owned(), serde_json::json!(["a", "b", 3]));
        claims.insert("role".to_owned(), serde_json::json!("c"));
        assert_eq!(groups_in(&claims, "groups"), Some(groups(&["a", "b"])));
        assert_eq!(groups_in(&claims, "role"), Some(groups(&["c"])));
        assert_eq!(groups_in(&claims, "missing"), None);
    }
}
