//! Lexicons compiled into the binary from the data files in `crates/chugiai-core/data/`
//! (each with its provenance and licence beside it).

pub(crate) mod admin;
pub(crate) mod places;
