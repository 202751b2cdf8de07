//! The serde model of a dataset. Unknown fields are rejected so that a typo in a field name is
//! reported to the editor instead of silently dropping their text.

use serde::{Deserialize, Serialize};

/// One language's complete content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub schema_version: u32,
    /// BCP 47 language tag of the text, e.g. `en`.
    pub language: String,
    pub title: String,
    /// ISO date (YYYY-MM-DD) the content was last reviewed; shown to readers.
    pub reviewed: String,
    /// Plain-language paragraphs about the condition.
    pub intro: Vec<String>,
    /// The line that introduces the list of options.
    pub options_heading: String,
    pub options: Vec<TreatmentOption>,
    /// Call-to-action links. A link without `url` is shown only when the host supplies one.
    #[serde(default)]
    pub links: Vec<Link>,
    pub source: Source,
    pub disclaimer: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreatmentOption {
    /// Stable identifier; hosts and analytics use it.
    pub id: String,
    pub name: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// `appointment` or `support`: the host can set their URLs with attributes.
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// Where the text comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    #[serde(default)]
    pub url: Option<String>,
}
