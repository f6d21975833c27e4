//! The DATE recogniser (stub: returns nothing yet).

use super::Candidate;

/// Finds DATE candidates in the normalised text.
pub(crate) fn recognize(_chars: &[char]) -> Vec<Candidate> {
    Vec::new()
}
