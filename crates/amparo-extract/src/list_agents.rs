//! Lists of the people who did something about the detainees, not of the detainees: "Firmaron
//! el comunicado:", "Recibieron a los excarcelados en la puerta del penal: el diputado X y la
//! abogada Y", "Those who negotiated the release:", "Negociadores:". Their items inherit no
//! event, however close the release told before them.

use crate::text::Doc;

/// Verbs whose subjects a list after them names: acts done by officials, lawyers, relatives,
/// organisations, never to a detainee. Folded (no accents); Spanish in the third person
/// plural, which says its subject is a group.
const AGENT_VERBS_ES: &[&str] = &[
    "firmaron",
    "firman",
    "suscribieron",
    "suscriben",
    "negociaron",
    "negocian",
    "mediaron",
    "gestionaron",
    "facilitaron",
    "exigieron",
    "exigen",
    "pidieron",
    "piden",
    "reclamaron",
    "reclaman",
    "solicitaron",
    "solicitan",
    "acompanaron",
    "acompanan",
    "visitaron",
    "participaron",
    "participan",
    "asistieron",
    "declararon",
    "denunciaron",
    "denuncian",
    "condenaron",
    "celebraron",
    "saludaron",
    "intervinieron",
    "hablaron",
    "informaron",
    "anunciaron",
    "encabezaron",
    "lideraron",
    "coordinaron",
    "representaron",
    "representan",
    "defendieron",
    "defienden",
    "convocaron",
    "organizaron",
    "esperaron",
    "esperaban",
    "recibieron",
    "reciben",
    "votaron",
    "aprobaron",
];

/// The same acts in English, whose verbs do not say who did them.
const AGENT_VERBS_EN: &[&str] = &[
    "signed",
    "negotiated",
    "negotiating",
    "brokered",
    "mediated",
    "facilitated",
    "demanded",
    "demanding",
    "urged",
    "requested",
    "accompanied",
    "visited",
    "attended",
    "welcomed",
    "greeted",
    "received",
    "spoke",
    "announced",
    "represented",
    "represent",
    "defended",
    "led",
    "organized",
    "organised",
    "voted",
    "approved",
    "condemned",
    "denounced",
];

/// Headers that are the agents' own names ("Negociadores:", "Signatories:"). (Not professions:
/// "Abogados:", "Defensores de derechos humanos:" head groups of the released as often.)
const AGENT_NOUNS: &[&str] = &[
    "firmantes",
    "signatarios",
    "negociadores",
    "mediadores",
    "voceros",
    "portavoces",
    "participantes",
    "organizadores",
    "convocantes",
    "oradores",
    "testigos",
    "presentes",
    "asistentes",
    "present",
    "attending",
    "attendees",
    "signatories",
    "signers",
    "negotiators",
    "mediators",
    "spokespeople",
    "spokesmen",
    "spokeswomen",
    "participants",
    "organizers",
    "organisers",
    "speakers",
    "witnesses",
    // ("The experts: Mary Lawlor, Special Rapporteur…", a UN release's signers)
    "experts",
    "expertos",
    "expertas",
    // A live page's team: "Equipo de cobertura: A y B (Caracas), C (edición)".
    "cobertura",
    "coverage",
    // Credits: "Translation and editing: X", "Texto y fotos: Y".
    "translation",
    "editing",
    "traduccion",
    "edicion",
    "texto",
    "fotos",
    "foto",
    "photo",
    "photos",
    "elaboracion",
    "graphic",
    "grafico",
    "coordinacion",
    "coordination",
    "coordinator",
    "coordinadora",
    "coordinador",
    "coordinadores",
    "coordinadoras",
    "coordinators",
    "verificacion",
    "verification",
    "fact-check",
    "redaccion",
    "produccion",
    "production",
    "metodologia",
    "methodology",
    "autores",
    "authors",
    "author",
    "autor",
    "autora",
    // A press conference's turns: "Preguntó: X (El Vigía Digital)".
    "pregunto",
    "preguntaron",
    "respondio",
    // Notes under a table or a list speak of its people; they give them no event of the
    // list's ("Notas: - El caso de A fue comunicado al consulado…").
    "notas",
    "notes",
    // Contacts: "Para información: 📞 Abog. A 0424-…".
    "informacion",
    "contacto",
    "contactos",
    "contact",
    "contacts",
    // A programme's people: "Hosts: A, B", "Invitados: C y D".
    "hosts",
    "host",
    "presentadores",
    "presentadora",
    "presentador",
    "moderadora",
    "moderador",
    "invitados",
    "invitadas",
    "guests",
    "panelists",
    "panelistas",
];

/// A signature block's header ("Por la Junta Directiva:", "On behalf of the Board:", "Firman:"),
/// when it tells no event ("Miembros de la Junta Directiva detenidos:" is a list of the held).
const SIGNATURES: &[&str] = &[
    "directiva",
    "board",
    "behalf",
    "firman",
    "atentamente",
    "sincerely",
];

/// Measures a person receives ("Recibieron arresto domiciliario:"): after "recibieron" /
/// "received", the list is of those who got them.
const MEASURES: &[&str] = &[
    "arresto",
    "medida",
    "medidas",
    "regimen",
    "beneficio",
    "beneficios",
    "libertad",
    "indulto",
    "amnistia",
    "sobreseimiento",
    "casa",
    "house",
    "bail",
    "pardon",
    "pardons",
    "amnesty",
    "parole",
    "conditional",
    "sentences",
    "sentence",
    "condenas",
    "condena",
];

/// Words that open a clause conceding something against the main one.
const CONCESSIVE: &[&str] = &[
    "pese a",
    "a pesar de",
    "aunque",
    "aun cuando",
    "sin que",
    "despite",
    "although",
    "though",
    "even though",
    "in spite of",
];

/// Whether the words `from..to` before a list's colon make its names the doers of an act
/// ("Firmaron el comunicado", "Those who negotiated the release", "Negociadores"), not the
/// people it was done to ("Exigieron la liberación de", "Recibieron medidas cautelares").
pub(crate) fn introduces_agents(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    if to <= from {
        return false;
    }
    // "…la liberación de:" / "…the release of:": the names are the noun's, the detainees.
    if matches!(doc.f(to - 1), "de" | "del" | "of" | "for" | "a" | "to") {
        return false;
    }
    let words = from..to;
    // "Firmado por:", "Lista verificada por los abogados:", "Signed by:": the names did it.
    if let Some(k) = (from..to)
        .rev()
        .take(4)
        .find(|&k| matches!(doc.f(k), "por" | "by"))
    {
        let doers = (k + 1..to).all(|j| {
            let f = doc.f(j);
            matches!(
                f,
                "el" | "la" | "los" | "las" | "the" | "sus" | "su" | "its" | "their"
            ) || !crate::lexicon::roles(f).is_empty()
                || f.strip_suffix('s')
                    .is_some_and(|w| !crate::lexicon::roles(w).is_empty())
        });
        if doers {
            return true;
        }
    }
    // ("Reporting from Caracas: A and B": the reporters.)
    if matches!(doc.f(from), "reporting" | "reported") && matches!(doc.f(from + 1), "from" | "by") {
        return true;
    }
    // ("📸 Foto de las familias en la puerta: A (@a_foto)": a picture's credit.)
    if matches!(
        doc.f(from),
        "foto" | "fotos" | "photo" | "photos" | "video" | "imagen"
    ) {
        return true;
    }
    // ("Miembros del Grupo de Trabajo:", "Members of the Working Group:", "Integrantes de la
    // Comisión:": the members of the body that signs.)
    if matches!(
        doc.f(from),
        "miembros" | "members" | "integrantes" | "composicion"
    ) && matches!(doc.f(from + 1), "de" | "del" | "of")
        && (from + 2..to).any(|k| doc.tokens[k].capitalised)
    {
        return true;
    }
    // ("Negociadores:", "Present at the handover:", "Como testigos:")
    if words.len() <= 5 && words.clone().any(|k| AGENT_NOUNS.contains(&doc.f(k))) {
        return true;
    }
    // ("Lawyer on site:", "Abogada de guardia:"; not "Abogados detenidos:", whose event says
    // who was held.)
    if words.len() <= 5
        && words.clone().any(|k| {
            crate::relations::ASSOCIATES.contains(&doc.f(k)) || SIGNATURES.contains(&doc.f(k))
        })
        && crate::triggers::find(doc, from, to).is_empty()
    {
        return true;
    }
    // ("Siguen detenidos en Tocorón, pese a que sus abogados recibieron boletas: A y B": a verb
    // of a clause that concedes, after the custody the header tells, is not the list's.)
    let conceded = (from..to)
        .find(|&k| doc.matches_any_at(k, CONCESSIVE))
        .filter(|&c| !crate::triggers::find(doc, from, c).is_empty())
        // ("Siguen en El Helicoide, y sus familias esperaron en vano: A, B y C": a clause of
        // its own after the custody, past a comma or "y".)
        .or_else(|| {
            let held = crate::triggers::find(doc, from, to)
                .into_iter()
                .find(|t| t.kind == crate::model::EventType::Detention)?;
            (held.last..to).find(|&k| matches!(doc.f(k), "," | "y" | "and"))
        });
    // ("Estos son los ocho nombres confirmados (los familiares de otros cuatro pidieron
    // reserva):": an aside in brackets is not what the names did.)
    let in_brackets = |k: usize| {
        (from..k)
            .rev()
            .find(|&j| matches!(doc.f(j), "(" | ")"))
            .is_some_and(|j| doc.f(j) == "(")
    };
    // (Nor one after a semicolon about the others: "…los nombres de cinco de los ocho
    // liberados; las familias de los otros tres pidieron reserva:".)
    let others_aside = (from..to)
        .find(|&j| doc.f(j) == ";")
        .filter(|&c| (c..to).any(|j| matches!(doc.f(j), "otros" | "otras" | "other" | "others")));
    words.clone().any(|k| {
        let f = doc.f(k);
        if conceded.is_some_and(|c| k > c) || in_brackets(k) || others_aside.is_some_and(|c| k > c)
        {
            return false;
        }
        let spanish = AGENT_VERBS_ES.contains(&f);
        if !spanish && !AGENT_VERBS_EN.contains(&f) {
            return false;
        }
        // An English verb does not say who did it: "Those who negotiated the release:",
        // "Negotiated the deal:", not "Foro Penal announced the names of those freed:".
        let who = (k.saturating_sub(3).max(from)..k).any(|j| {
            matches!(
                doc.f(j),
                "who" | "those" | "que" | "quienes" | "quien" | "whom" | "among"
            )
        });
        if !spanish && !who && k != from {
            return false;
        }
        // "Recibieron a los excarcelados" (agents) vs "Recibieron arresto domiciliario"
        // (the detainees, who got a measure).
        let receives = matches!(f, "recibieron" | "reciben" | "received");
        !(receives && (k + 1..to).any(|j| MEASURES.contains(&doc.f(j))))
    })
}
