//! The municipality's calendar: every day, month and quarter is decided in Europe/Oslo
//! (an answer sent at 00:30 on the 1st belongs to the new month), while instants are
//! stored in UTC.
use chrono::NaiveDate;

/// The municipality's time zone.
pub const ZONE: &str = "Europe/Oslo";

/// Today's date in Oslo.
pub fn today() -> NaiveDate {
    date_at(jiff::Timestamp::now())
}

/// The date in Oslo at `instant` (UTC's date if the zone were ever missing from the
/// built-in database, which the tests rule out).
pub fn date_at(instant: jiff::Timestamp) -> NaiveDate {
    let date = match jiff::tz::TimeZone::get(ZONE) {
        Ok(zone) => instant.to_zoned(zone).date(),
        Err(e) => {
            tracing::error!("time zone {ZONE} unknown, using UTC: {e}");
            instant.to_zoned(jiff::tz::TimeZone::UTC).date()
        }
    };
    NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        date.month() as u32,
        date.day() as u32,
    )
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_just_after_midnight_on_the_first_belongs_to_the_new_month() {
        // 2026-11-30 23:30 UTC is 00:30 on 1 December in Oslo (winter time, +1).
        let instant: jiff::Timestamp = "2026-11-30T23:30:00Z".parse().expect("instant");
        assert_eq!(
            date_at(instant),
            NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
        );
        // Summer time is +2: 22:30 UTC on 30 June is already 1 July.
        let instant: jiff::Timestamp = "2026-06-30T22:30:00Z".parse().expect("instant");
        assert_eq!(
            date_at(instant),
            NaiveDate::from_ymd_opt(2026, 7, 1).expect("date")
        );
    }
}
