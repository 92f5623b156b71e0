//! The words of a court's acts on a person: charges laid ("imputado", "le imputaron", "charged
//! with") and sentences passed ("condenado", "dictó sentencia contra", a term after a list's colon:
//! "— X: 30 años de prisión"), kept apart from the other triggers' word list.

use crate::model::EventType::{self, Charge, Sentence};
use crate::triggers::Voice::{self, Active, Clitic, Passive};

pub(crate) const COURT: &[(&str, EventType, Voice)] = &[
    ("condeno", Sentence, Active),
    ("condenaron", Sentence, Active),
    ("imputaron", Charge, Active),
    ("imputo", Charge, Active),
    ("lo imputo", Charge, Clitic),
    ("les imputo", Charge, Clitic),
    ("les imputaron", Charge, Clitic),
    ("le imputa", Charge, Clitic),
    ("le imputo", Charge, Clitic),
    ("le imputaron", Charge, Clitic),
    ("les imputa", Charge, Clitic),
    ("le imputan", Charge, Clitic),
    ("les imputan", Charge, Clitic),
    ("la imputo", Charge, Clitic),
    ("lo imputaron", Charge, Clitic),
    ("la imputaron", Charge, Clitic),
    ("lo condeno", Sentence, Clitic),
    ("la condeno", Sentence, Clitic),
    ("admitio los cargos contra", Charge, Active),
    ("admitio la acusacion contra", Charge, Active),
    // ("a judge charged him with terrorism": the object pronoun is the one the text is about.)
    ("charged him with", Charge, Clitic),
    ("charged her with", Charge, Clitic),
    ("charged with", Charge, Passive),
    ("charged", Charge, Passive),
    ("indicted", Charge, Passive),
    ("imputado", Charge, Passive),
    ("imputada", Charge, Passive),
    ("imputados", Charge, Passive),
    ("imputaron a", Charge, Active),
    ("sentenced", Sentence, Passive),
    ("convicted", Sentence, Passive),
    ("condenado", Sentence, Passive),
    ("anos de prision", Sentence, Passive),
    ("anos de carcel", Sentence, Passive),
    ("anos por", Sentence, Passive),
    ("anos de privacion de libertad", Sentence, Passive),
    ("dicto sentencia contra", Sentence, Active),
    ("dictaron sentencia contra", Sentence, Active),
    ("years in prison", Sentence, Passive),
    ("condenada", Sentence, Passive),
    ("condenados", Sentence, Passive),
    ("sentenciado", Sentence, Passive),
    ("sentenciada", Sentence, Passive),
    ("condenaron a", Sentence, Active),
];
