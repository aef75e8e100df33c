//! Random secrets from the operating system's generator: session and participant
//! secrets as hex, passwords and join codes from an alphabet without bias.
use argon2::password_hash::rand_core::{OsRng, RngCore};

/// `bytes` random bytes as lower-case hex.
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    OsRng.fill_bytes(&mut buf);
    super::session::hex(&buf)
}

/// `len` characters drawn evenly from `alphabet` (bytes past the last whole multiple of
/// its length are dropped, so no character is likelier than another).
pub fn random_from(alphabet: &[u8], len: usize) -> String {
    let limit = 256 - 256 % alphabet.len();
    let mut out = String::with_capacity(len);
    let mut buf = [0u8; 64];
    while out.len() < len {
        OsRng.fill_bytes(&mut buf);
        for b in buf.iter().map(|b| usize::from(*b)).filter(|b| *b < limit) {
            if out.len() < len {
                out.push(char::from(alphabet[b % alphabet.len()]));
            }
        }
    }
    out
}
