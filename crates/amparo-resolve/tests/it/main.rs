//! Integration tests of amparo-resolve: normalisation properties, phonetics, comparisons,
//! the list reader, and the decisions that matter to families (no wrong merges).

mod blocking;
mod identity;
mod near_cedulas;
mod normalise;
mod reader;
mod resolve;
