//! How numbers meet people: figures formatted for reading, and numbers typed the way people
//! write them.

pub mod entry;
pub mod format;
