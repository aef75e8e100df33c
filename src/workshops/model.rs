//! Workshop domain types: stages of co-creation, what a workshop is about, who joins,
//! join codes, and the checks on what participants and facilitators type.

/// The four stages of co-creation the unit agreement asks to cover (P3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Planning,
    Development,
    Decision,
    Evaluation,
}

impl Stage {
    pub const ALL: [Stage; 4] = [
        Stage::Planning,
        Stage::Development,
        Stage::Decision,
        Stage::Evaluation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Planning => "planning",
            Stage::Development => "development",
            Stage::Decision => "decision",
            Stage::Evaluation => "evaluation",
        }
    }

    pub fn parse(s: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// What a workshop is about: one unit, a district, or a theme across the city.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Unit(String),
    District(String),
    Theme(String),
}

impl Scope {
    pub fn kind(&self) -> &'static str {
        match self {
            Scope::Unit(_) => "unit",
            Scope::District(_) => "district",
            Scope::Theme(_) => "theme",
        }
    }

    pub fn slug(&self) -> &str {
        match self {
            Scope::Unit(s) | Scope::District(s) | Scope::Theme(s) => s,
        }
    }

    pub fn from_parts(kind: &str, slug: &str) -> Option<Scope> {
        let slug = slug.trim().to_owned();
        if slug.is_empty() {
            return None;
        }
        match kind {
            "unit" => Some(Scope::Unit(slug)),
            "district" => Some(Scope::District(slug)),
            "theme" => Some(Scope::Theme(slug)),
            _ => None,
        }
    }
}

/// Who a participant says they are; shown only as counts.
pub const PARTICIPANT_ROLES: [&str; 5] = ["parent", "child", "youth", "staff", "partner"];

/// Longest note a participant may add.
pub const MAX_NOTE_CHARS: usize = 500;
/// Votes each participant may give (what matters most).
pub const VOTES_PER_PARTICIPANT: usize = 3;
/// Notes a participant may add per minute.
pub const NOTES_PER_MINUTE: usize = 6;
/// A proposal's average rating is shown once this many have rated it.
pub const MIN_RATINGS_SHOWN: usize = 3;
/// Live results are released once this many participants have changed something since
/// the last release, so no single person's vote shows on its own.
pub const BATCH_PARTICIPANTS: usize = 2;

/// A note or action text: trimmed, not empty, not too long, no control characters.
pub fn clean_text(raw: &str, max: usize) -> Option<String> {
    let cleaned: String = raw
        .trim()
        .chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .collect();
    let count = cleaned.chars().count();
    (count > 0 && count <= max).then_some(cleaned)
}

/// Join codes: six characters without look-alikes (0/O, 1/I/L), easy to read aloud and
/// type on a phone; about 31 bits, and codes expire.
pub fn new_join_code() -> String {
    crate::admin::random_from(b"ABCDEFGHJKMNPQRSTUVWXYZ23456789", 6)
}

/// A code as typed: upper-cased, spaces and dashes dropped.
pub fn normalise_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_six_readable_characters() {
        let c = new_join_code();
        assert_eq!(c.len(), 6);
        assert!(!c.contains(['0', 'O', '1', 'I', 'L']));
        assert_eq!(normalise_code(" k7p-4qx "), "K7P4QX");
    }

    #[test]
    fn notes_are_trimmed_and_bounded() {
        assert_eq!(clean_text("  hei\u{0007} ", 10), Some("hei".into()));
        assert_eq!(clean_text("   ", 10), None);
        assert_eq!(clean_text(&"x".repeat(11), 10), None);
        assert_eq!(
            clean_text("<script>alert(1)</script>", 100).as_deref(),
            Some("<script>alert(1)</script>"),
            "markup is kept as text and escaped when shown"
        );
    }
}
