//! The LOCATION recogniser (stub: returns nothing yet).

use super::Candidate;

/// Finds LOCATION candidates in the normalised text.
pub(crate) fn recognize(_chars: &[char]) -> Vec<Candidate> {
    Vec::new()
}
