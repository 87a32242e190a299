//! How numbers and words meet people: the languages and their messages, figures formatted the
//! way each language writes them, and numbers typed the way people write them.

pub mod entry;
pub mod fonts;
pub mod format;
pub mod i18n;
pub mod lang;
pub mod messages;
pub mod numbers;
pub mod terms;

pub use lang::Lang;
