//! Word lists the rules read: given names, words that are never names, nationalities, roles.
//!
//! All entries are folded (lower case, no accents) so they compare with `Token::folded`.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub use crate::demonyms::nationalities;

/// Given names common in Spanish- and English-language reporting on Venezuela, Nicaragua, Cuba,
/// Belarus and Iran, chosen by hand (`data/NAMES.md`).
const GIVEN_NAMES: &str = include_str!("../data/given_names_common.txt");

/// Capitalised words that are never part of a person's name: function words, months, days,
/// titles, place and organisation heads.
const NOT_NAMES: &str = "
detenciones preventivas arrestos
a al algunos segun according although an and after among as at because before both but by con de del desde despite durante during
el ella ellas ellos en entre es este esta estos estas for from he her his however if in is it its la las le les lo los
more most mr mrs ms no not of on or our para pero por que she since sin sobre some su sus tambien than that the their
then there these they this those though to tras un una unas unos until we when where while who with y yet you
january february march april may june july august september october november december feb mar apr jun jul aug sep
sept oct nov dec enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
rio puerto ciudad urgente urgent alerta list lista confirmed confirmada what im reading watching
yesterday today tonight tomorrow ayer hoy anoche anteayer
walked dia carnaval nota notas resumen semanal mensaje fijado cronologia cronica additional information
joint statement missing context note rumor actualizacion comunicado boletin metodologica
islands island region casa red fuerza sociedad roasters group commissioner holy convention ley terminal
refineria sede policial funciones familias enfermeras sector departamento federativa piso indigenous coffee
carcelario carcelaria acompanamiento apoyo ambientalistas perdon
i'm i’m take meet hi hello hola citing quoting noting adding following anexo anexos annex nombre
sgt maj lt col capt cpl pvt gen ret tte tnte ptte sgto cap cnel tcnel cbo cmdte
noticia noticias favor difundir still inside have read operacion operation nunca acta audiencia audiencias agenda
ruled detention
reconocimiento mecanismo citizens citizen nationals wrongfully
daily wire corridor codigo organico procesal deportes farandula control juicio
prision penitenciaria penitenciario reclusorio hombre nuevo provincial
cuba nicaragua managua habana belarus bielorrusia rusia russia minsk moscu moscow consider
efecto cocuyo tal cual correo digital confidencial pitazo runrunes voz tiene representante
dissident disidente special rapporteur relator relatora migracion cancilleria
past next week hearings agentes cuentenos
artist artista musician musico singer cantante rapper rapero rapera poet poeta painter actress actriz
filmmaker cineasta photographer fotografo fotografa songwriter cantautor cantautora playwright dramaturgo
external women se parroco legislatura
forced partly false mostly misleading notes comparecieron columna informe expertos penitentiary system
orientation square combinado isla
named handed over was left behind separate expulsion desapariciones forzadas verificamos huelga hambre leido
denuncia publica acuerda orden aprehension runrun considera contempla piensa vicepresidenta expresion
proteccion ninos ejecutivo mujeres street
diocesis battalion batallon theater theatre prize mission counter-intelligence historia contemporanea
querida querido mientras cases casos leader corpoelec pdvsa cantv courier declaracion belsat
independence avenue avenida middle east ciego rican eastern western europe emirates convencion
free without media weekly ledger ordinance magistrates your excellency rehenes estatales base
aerea laboratorio expediente boulevard reservado sindical voluntad ciudadana onda regional vote menu
buscar suscribete pais mundo guardian unit resultados liga staff writer norte lake coast observa
observador financiero sinergia civil bravos morning report despacho abierta abierto islamic
revolutionary competencia plena justice sociologia oriente voces ddhh great terror
colectivo rejas quienes expresos esperando monthly figure exile pravda
crimean tatar tatars kurdish kurd kurds baluch uyghur azeri ahwazi bahai
ua ven nic blr irn referencia reference damas ni informacion adicional
updates live be numbers
raid redada why how
unidad coordinacion superior complejo hospitalario cuidados intensivos amplio democratico mundial sponsor lcda lcdo licda licdo lic ing abg abog prof profa sr sra srta
monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo
president presidente presidenta minister ministro ministra foreign canciller acting interim general fiscal attorney
judge juez jueza mayor alcalde alcaldesa governor gobernador gobernadora deputy diputado diputada senator senador
lawmaker secretary secretario secretaria spokesman spokeswoman spokesperson portavoz vocero vocera director directora head jefe jefa
lawyer abogado abogada journalist periodista activist activista student estudiante professor profesor profesora
researcher investigador investigadora captain capitan colonel coronel lieutenant teniente sergeant sargento commander
comandante pope papa father padre sister hermana brother hermano senor senora don dona dr dra
brothers sisters hermanos hermanas legislativo
government gobierno assembly asamblea national nacional ministry ministerio court corte tribunal foro penal prison
carcel center centro commission comision committee comite observatory observatorio university universidad council
consejo police policia guard guardia army ejercito forces fuerzas press prensa news noticias agency agencia
united unidos states estados nations naciones union human rights derechos humanos watch amnesty amnistia international si
internacional state estado republic republica bolivarian bolivariana bolivariano ngo ong party partido
venezuela caracas spain espana madrid colombia bogota usa eeuu america washington york new nueva miami mexico city
breaking update updated photo foto video reuters efe afp ap bbc cnn defensoria pueblo texas florida navy
easter christmas navidad administration gobernacion sebin dgcim nurse enfermera enfermero doctor
presos presas preso politicos politicas asuntos exteriores relaciones interior justicia defensa coalicion
familiares department affairs prisoners prisoner political freed released frees releases liberan excarcelan
excarcelados liberados detenidos detained arrested says said dice inicio nacionales sucesos opinion
ministerio canciller cancilleria embajada embassy consulado consulate fiscalia tribunal juzgado
sala constitucional supremo supreme electoral poder judicial circuito publico servicio inteligencia
contrainteligencia cuerpo investigaciones cientificas penales criminalisticas direccion comando zona
alcaldia oficina office senate senado congress congreso parliament parlamento european europea
episcopal conferencia iglesia church roja cross onu unicef acnur oea
frente sindicato asociacion fundacion movimiento federacion confederacion plataforma alianza camara colegio
instituto trabajadores civico civica front association foundation movement federation confederation platform
alliance chamber institute workers service intelligence counterintelligence directorate bureau
ministry prosecutor prosecutors trial ficha fichas expediente review
liberado liberada liberadas excarcelado excarcelada excarceladas detenido detenida detenidas arrestado arrestada
arrestados arrestadas trasladado trasladada trasladados trasladadas condenado condenada condenados imputado imputada
sale salen salio reaparece reaparecen reaparecio desaparecido desaparecida desaparecidos muere murio fallece fallecio
transferred sentenced charged dies died reappears
return returns home facility status nationality estatus nacionalidad casos terrorismo terrorism
destacados destacadas cifras mes fuera nuestras nuestros recomendaciones tiuna
condenas absoluciones cambios medida medidas diferidas cautelar cautelares sustitutiva sustitutivas
americas
code registros titulares date conclusiones provisionales plant democrat dispatch lists sacan aparece
aparecen aparecio gets teenager autonomous witness otras otros situaciones informaciones hechos
trabajo nuestro nuestra

medico medica farmer campesino driver chofer worker obrero pilot piloto mechanic mecanico
hospital canal kanal clinica clinic consultorio dres drs siderurgica empresa company corporation corporacion tv television televisora radio emisora
catholic catolica catolico escuela school liceo formacion
white house latin monitor fact check families abroad nunciatura apostolica junta directiva ultima hora
north south
post times herald tribune journal diario gaceta edition edicion newsletter cookies
bishop obispo monsenor monsignor archbishop arzobispo cardinal cardenal reverend priest sacerdote
father fathers padre padres deacon diacono seminarian seminarians seminarista seminaristas fray
parroquia municipio urbanizacion caserio jaguey hermosa ojala does did verificacion enfermeria reenviado ademas
prospekt bakery unions steelworkers educacion dhabi member
penitenciario penitenciaria internado judicial reten comandancia cifras semana boletin editora editor
major corporal brigadier admiral almirante cabo sargento teniente coronel capitan air force marine marines
comunicacion social ingenieria medicina derecho economia facultad escuela portal instruccion criminal
";

/// Role words (folded) to the roles of the format.
const ROLES: &[(&str, &[&str])] = &[
    ("journalist", &["journalist"]),
    ("journalists", &["journalist"]),
    ("reporter", &["journalist"]),
    ("correspondent", &["journalist"]),
    ("periodista", &["journalist"]),
    ("periodistas", &["journalist"]),
    ("reportero", &["journalist"]),
    ("reportera", &["journalist"]),
    ("corresponsal", &["journalist"]),
    // (In Venezuela a "comunicador social" is a journalist.)
    ("comunicador", &["journalist"]),
    ("comunicadora", &["journalist"]),
    ("comunicadores", &["journalist"]),
    ("cameraman", &["media_worker"]),
    ("camarografo", &["media_worker"]),
    ("photographer", &["media_worker"]),
    ("photojournalist", &["journalist"]),
    ("fotografo", &["media_worker"]),
    ("fotografa", &["media_worker"]),
    ("producer", &["media_worker"]),
    ("editor", &["media_worker"]),
    ("editora", &["media_worker"]),
    ("productor", &["media_worker"]),
    ("productora", &["media_worker"]),
    ("lawyer", &["lawyer"]),
    ("lawyers", &["lawyer"]),
    ("attorney", &["lawyer"]),
    ("abogado", &["lawyer"]),
    ("abogada", &["lawyer"]),
    ("abogados", &["lawyer"]),
    ("activist", &["activist"]),
    ("activists", &["activist"]),
    ("activista", &["activist"]),
    ("activistas", &["activist"]),
    ("defender", &["human_rights_defender"]),
    ("defensor", &["human_rights_defender"]),
    ("defensora", &["human_rights_defender"]),
    ("politician", &["politician"]),
    ("politico", &["politician"]),
    ("politica", &["politician"]),
    ("dirigente", &["politician"]),
    ("opositor", &["politician"]),
    ("opositora", &["politician"]),
    ("lawmaker", &["politician"]),
    ("legislator", &["politician"]),
    ("diputado", &["politician"]),
    ("diputada", &["politician"]),
    ("exdiputado", &["politician"]),
    ("exdiputada", &["politician"]),
    ("concejal", &["politician"]),
    ("concejala", &["politician"]),
    ("exconcejal", &["politician"]),
    ("exconcejala", &["politician"]),
    ("alcalde", &["politician"]),
    ("alcaldesa", &["politician"]),
    ("exalcalde", &["politician"]),
    ("exalcaldesa", &["politician"]),
    ("councilman", &["politician"]),
    ("councilwoman", &["politician"]),
    ("councillor", &["politician"]),
    ("councilor", &["politician"]),
    ("candidate", &["politician"]),
    ("candidato", &["politician"]),
    ("candidata", &["politician"]),
    ("militar", &["military"]),
    ("soldier", &["military"]),
    ("soldado", &["military"]),
    ("officer", &["military"]),
    ("oficial", &["military"]),
    ("colonel", &["military"]),
    ("coronel", &["military"]),
    ("captain", &["military"]),
    ("capitan", &["military"]),
    ("lieutenant", &["military"]),
    ("teniente", &["military"]),
    ("sergeant", &["military"]),
    ("sargento", &["military"]),
    ("student", &["student"]),
    ("students", &["student"]),
    ("estudiante", &["student"]),
    ("estudiantes", &["student"]),
    ("universitario", &["student"]),
    ("universitaria", &["student"]),
    ("professor", &["academic"]),
    ("profesor", &["academic"]),
    ("profesora", &["academic"]),
    ("academic", &["academic"]),
    ("academico", &["academic"]),
    ("academica", &["academic"]),
    ("investigador", &["academic"]),
    ("investigadora", &["academic"]),
    ("researcher", &["academic"]),
    ("engineer", &["engineer"]),
    ("ingeniero", &["engineer"]),
    ("ingeniera", &["engineer"]),
    ("businessman", &["businessperson"]),
    ("businesswoman", &["businessperson"]),
    ("empresario", &["businessperson"]),
    ("empresaria", &["businessperson"]),
    ("entrepreneur", &["businessperson"]),
    ("comerciante", &["businessperson"]),
    ("tourist", &["tourist"]),
    ("turista", &["tourist"]),
    ("priest", &["religious"]),
    ("sacerdote", &["religious"]),
    ("pbro", &["religious"]),
    ("presbitero", &["religious"]),
    ("pastor", &["religious"]),
    ("nun", &["religious"]),
    ("monja", &["religious"]),
    ("blogger", &["blogger"]),
    ("bloguero", &["blogger"]),
    ("bloguera", &["blogger"]),
    ("tuitero", &["blogger"]),
    ("tuitera", &["blogger"]),
    ("youtuber", &["blogger"]),
    ("influencer", &["blogger"]),
    ("official", &["public_official"]),
    ("funcionario", &["public_official"]),
    ("funcionaria", &["public_official"]),
    ("protester", &["protester"]),
    ("protesters", &["protester"]),
    ("demonstrator", &["protester"]),
    ("manifestante", &["protester"]),
    ("manifestantes", &["protester"]),
    ("analyst", &["security_analyst"]),
    ("analista", &["security_analyst"]),
    ("unionist", &["activist"]),
    ("teacher", &["academic"]),
    ("docente", &["academic"]),
    ("maestro", &["academic"]),
    ("maestra", &["academic"]),
    ("economist", &["academic"]),
    ("economista", &["academic"]),
    ("sindicalista", &["activist"]),
];

/// Words that may stand in a noun phrase before or after a name ("prominent Venezuelan-Spanish
/// lawyer and human rights activist"): they let the attribute scan walk on.
const NP_WORDS: &str = "
a an the el la los las un una and y e or o prominent renowned well-known known former retired jailed detained
imprisoned opposition dual citizen citizens national nationals ciudadano ciudadana ciudadanos ciudadanas
de del human rights derechos humanos conocido conocida reconocido reconocida destacado destacada ex exdirigente
joven young veteran veterano veterana independent independiente local regional sindical freelance press prensa
defensor defensora defensores rights-defender party partido opositor leader lider politico politica militar
retirado retirada army ejercito air force navy fuerza aerea armada security seguridad nacionalidad nationality of
union trade community comunitario comunitaria vecinal student estudiantil nacional nacionales superior
truck driver drivers taxi retiree pensioner chofer camionero jubilado jubilada
provisional interino interina adjunto adjunta auxiliar especial municipal estadal
";

fn set(words: &'static str) -> HashSet<&'static str> {
    words.split_whitespace().collect()
}

/// Given names and surnames derived from the person entities of the CoNLL-2002 Spanish and
/// CoNLL-2003 English training files (`tools/derive_names.py`; single folded words only).
const DERIVED_GIVEN_NAMES: &str = include_str!("../data/given_names.txt");
const DERIVED_SURNAMES: &str = include_str!("../data/surnames.txt");

fn lines(words: &'static str) -> HashSet<&'static str> {
    words
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Whether a folded word is a known given name (the hand list, or the derived lexicon when the
/// word is not one of the words that never name anyone).
pub fn is_given_name(folded: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    static DERIVED: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| set(GIVEN_NAMES)).contains(folded)
        || (DERIVED
            .get_or_init(|| lines(DERIVED_GIVEN_NAMES))
            .contains(folded)
            && !not_name_word(folded)
            // (Surnames the derivation took for given names, from the compound surnames that
            // open newswire names: "Ruiz-Gallardón", "Vázquez Montalbán".)
            && !matches!(folded, "ruiz" | "vasquez" | "vazquez"))
}

/// Whether a folded word is a known surname (derived lexicon).
pub fn is_surname(folded: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| lines(DERIVED_SURNAMES)).contains(folded) && !not_name_word(folded)
}

fn not_name_word(folded: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| set(NOT_NAMES)).contains(folded)
        || crate::counts::number_word(folded).is_some()
        || !nationalities(folded).is_empty()
        || !roles(folded).is_empty()
        || plural_role(folded)
}

/// "Lawmakers", "Periodistas", "Abogados": a role in the plural heads a list of names.
pub(crate) fn plural_role(folded: &str) -> bool {
    let singular = |suffix: &str| {
        folded
            .strip_suffix(suffix)
            .is_some_and(|w| w.len() >= 4 && !roles(w).is_empty())
    };
    singular("s") || singular("es")
}

/// Whether a folded capitalised word can never be part of a person's name.
pub fn is_not_name(folded: &str) -> bool {
    // ("a Venezuelan-born U.S. permanent resident": a birthplace, no name.)
    not_name_word(folded)
        || folded.ends_with("-born")
        || folded.ends_with("-nacido")
        // ("the São Paulo-based lawyer X")
        || folded.ends_with("-based")
}

/// Whether a folded word may stand inside a descriptive noun phrase next to a name.
pub fn is_np_word(folded: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| set(NP_WORDS)).contains(folded)
}

/// Roles a folded word names.
pub fn roles(folded: &str) -> &'static [&'static str] {
    static MAP: OnceLock<HashMap<&'static str, &'static [&'static str]>> = OnceLock::new();
    MAP.get_or_init(|| ROLES.iter().copied().collect())
        .get(folded)
        .copied()
        .unwrap_or(&[])
}

/// ("Raúl Soria, ingeniero de Alicante que sigue recluido"): whether tokens `first..que` are a
/// role without article, and at most the place it is of: the relative after them tells of the
/// name before. Not a role that stands for others ("abogado de un preso que sigue detenido",
/// "defensor de…"), nor one of people ("periodista de los presos que").
pub(crate) fn role_of_place(doc: &crate::text::Doc<'_>, first: usize, que: usize) -> bool {
    let r = roles(doc.f(first));
    !r.is_empty()
        && !r
            .iter()
            .any(|x| matches!(*x, "lawyer" | "human_rights_defender"))
        && (first + 1..que).all(|j| {
            matches!(doc.f(j), "de" | "del")
                || doc.tokens.get(j).is_some_and(|t| t.capitalised)
                // (Its adjective: "activista sindical que fue indultado".)
                || (j == first + 1
                    && !matches!(
                        doc.f(j),
                        "a" | "al" | "en" | "con" | "por" | "para" | "y" | "e" | "o" | "un" | "una"
                    ))
        })
}
