//! The PERSON recogniser (stub: returns nothing yet).

use super::Candidate;

/// Finds PERSON candidates in the normalised text.
pub(crate) fn recognize(_chars: &[char]) -> Vec<Candidate> {
    Vec::new()
}
