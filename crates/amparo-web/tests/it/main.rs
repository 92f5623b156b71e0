//! amparo-web integration tests.
