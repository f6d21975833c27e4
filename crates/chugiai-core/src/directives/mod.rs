//! Directives: the sentences that assign tasks, with their issuer, addressee, deadline and strength.

use crate::span::{Directive, Entity};

/// Finds every directive sentence in `text`, using the entities already found for issuers and addressees.
pub(crate) fn find_directives(_text: &str, _entities: &[Entity]) -> Vec<Directive> {
    Vec::new()
}
