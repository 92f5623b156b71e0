//! Arrests told by verbs of taking ("picked up", "seized", "took her away").

use crate::model::EventType::{self, *};
use crate::triggers::Voice::{self, *};

pub(crate) const TAKING: &[(&str, EventType, Voice)] = &[
    ("picked up", Arrest, Passive),
    ("seized", Arrest, Passive),
    ("taken away", Arrest, Passive),
    // ("searched the flat of pensioner X this morning and took her away")
    ("took her away", Arrest, Clitic),
    ("took him away", Arrest, Clitic),
    ("took them away", Arrest, Clitic),
];
