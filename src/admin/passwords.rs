//! Passwords: argon2id with a fresh salt, hashed and checked on the blocking pool so a
//! sign-in never stalls the async workers. Unknown users are checked against a dummy
//! hash, so they take as long as a wrong password.
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use std::sync::OnceLock;

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 256;

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("the password must be at least {MIN_LENGTH} characters")]
    TooShort,
    #[error("the password may be at most {MAX_LENGTH} characters")]
    TooLong,
    #[error("the password could not be hashed")]
    Hashing,
}

/// A password someone chose, checked for length (long passphrases welcome).
pub fn check(password: &str) -> Result<(), PasswordError> {
    let chars = password.chars().count();
    if chars < MIN_LENGTH {
        Err(PasswordError::TooShort)
    } else if chars > MAX_LENGTH {
        Err(PasswordError::TooLong)
    } else {
        Ok(())
    }
}

fn hash_now(password: &str) -> Result<String, PasswordError> {
    let salt = SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| PasswordError::Hashing)
}

/// The argon2id PHC string for `password` (after `check`).
pub async fn hash(password: String) -> Result<String, PasswordError> {
    check(&password)?;
    tokio::task::spawn_blocking(move || hash_now(&password))
        .await
        .map_err(|_| PasswordError::Hashing)?
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        hash_now("a password nobody has, checked for unknown users")
            .unwrap_or_else(|_| String::new())
    })
}

/// Whether `password` matches `stored`; with no stored hash (unknown user, no password
/// set) the same work is done on a dummy hash and the answer is false.
pub async fn verify(stored: Option<String>, password: String) -> bool {
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let phc = stored.unwrap_or_else(|| dummy_hash().to_owned());
        let matches = PasswordHash::new(&phc)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false);
        known && matches
    })
    .await
    .unwrap_or(false)
}

/// A password for a new account or a reset: 20 characters from an alphabet without
/// look-alikes (about 115 bits), to be changed by its owner.
pub fn generate() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    super::random::random_from(ALPHABET, 20)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_password_verifies_and_a_wrong_one_or_an_unknown_user_does_not() {
        let stored = hash("correct horse battery".into()).await.unwrap();
        assert!(stored.starts_with("$argon2id$"), "{stored}");
        assert!(verify(Some(stored.clone()), "correct horse battery".into()).await);
        assert!(!verify(Some(stored), "correct horse batterx".into()).await);
        assert!(!verify(None, "correct horse battery".into()).await);
    }

    #[test]
    fn short_and_overlong_passwords_are_refused() {
        assert!(matches!(check("short"), Err(PasswordError::TooShort)));
        assert!(matches!(
            check(&"x".repeat(MAX_LENGTH + 1)),
            Err(PasswordError::TooLong)
        ));
        let generated = generate();
        assert_eq!(generated.chars().count(), 20);
        assert!(check(&generated).is_ok());
        assert_ne!(generated, generate());
    }
}
