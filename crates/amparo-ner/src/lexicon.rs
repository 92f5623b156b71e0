//! Hand-written word lists used as features: given names, person titles and roles,
//! organisation words and acronyms, place words. Written for this project (no external
//! list); the model learns how much to trust each list from the training corpus.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The word is a common Spanish or English given name.
pub(crate) const GIVEN_NAME: u8 = 1;
/// The word is a title or role that often precedes a person's name.
pub(crate) const PERSON_TITLE: u8 = 2;
/// The word is an organisation word or a known organisation acronym.
pub(crate) const ORG_WORD: u8 = 4;
/// The word names a country, region, city or a kind of place.
pub(crate) const PLACE_WORD: u8 = 8;

const GIVEN_NAMES: &str = "\
    josé jose juan luis carlos jesús jesus manuel antonio francisco pedro miguel ángel angel \
    rafael alejandro fernando javier jorge ricardo eduardo roberto daniel david andrés \
    andres pablo sergio gabriel diego alberto enrique ramón ramon raúl raul víctor victor \
    héctor hector óscar oscar alfredo gustavo leopoldo henrique nicolás nicolas hugo rubén \
    ruben julio césar cesar ignacio tomás tomas santiago mateo gonzalo rodrigo emilio felipe \
    joaquín joaquin vicente agustín agustin ernesto arturo orlando freddy wilmer yoel yorman \
    william henry jhon johan edgar nelson rolando gerardo armando maría maria carmen ana \
    isabel laura marta lucía lucia elena rosa teresa patricia cristina sofía sofia paula \
    andrea gabriela daniela valentina camila mariana fernanda alejandra carolina claudia \
    adriana beatriz pilar dolores mercedes josefina luisa juana rocío rocio silvia mónica \
    monica verónica veronica natalia lorena diana yolanda gloria marisol milagros yuleisy \
    yessica tamara rocío delsa lilian tibisay corina delcy iris nancy inés ines raquel sara \
    john james robert michael william richard joseph thomas charles christopher matthew \
    anthony mark donald steven paul andrew joshua kenneth kevin brian george edward ronald \
    timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott \
    frank benjamin gregory samuel raymond patrick alexander jack dennis jerry tyler aaron \
    peter bill tony tom bob jim mike mary jennifer linda elizabeth barbara susan jessica \
    sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle \
    dorothy carol amanda melissa deborah stephanie rebecca sharon cynthia kathleen amy anna \
    helen catherine emma olivia hillary ann jane alice julia grace victoria rachel hannah";

const PERSON_TITLES: &str = "\
    sr sr. sra sra. srta. dr dr. dra dra. lic. ing. don doña señor señora abogado abogada \
    periodista activista dirigente diputado diputada presidente presidenta ministro ministra \
    alcalde alcaldesa gobernador gobernadora general coronel teniente capitán sargento \
    fiscal juez jueza defensor defensora líder opositor opositora sindicalista estudiante \
    secretario secretaria portavoz concejal senador senadora mr mr. mrs mrs. ms ms. lawyer \
    journalist activist president minister mayor governor senator judge prosecutor leader \
    spokesman spokeswoman chairman director colonel captain sergeant";

const ORG_WORDS: &str = "\
    sebin dgcim pnb gnb fanb cicpc tsj cne pdvsa conatel saime faes dip psuv mud fiscalía \
    defensoría onu oea cidh cpi acnur unicef efe afp ap reuters bbc cnn ue otan nato un eu \
    fbi cia imf fmi who oms opep opec ministerio tribunal corte asamblea consejo comisión \
    comité partido banco universidad instituto fundación asociación federación sindicato \
    policía guardia ejército servicio agencia empresa compañía grupo s.a. c.a. foro \
    observatorio ministry court assembly council committee party bank university institute \
    foundation association federation union police army agency company corp inc ltd group \
    club fc united";

const PLACE_WORDS: &str = "\
    venezuela caracas maracaibo valencia barquisimeto maracay mérida merida táchira tachira \
    zulia lara carabobo aragua miranda anzoátegui bolívar falcón monagas sucre barinas \
    portuguesa apure guárico yaracuy trujillo cojedes delta amacuro amazonas vargas nueva \
    esparta colombia bogotá españa madrid barcelona méxico mexico argentina chile perú peru \
    ecuador brasil brazil cuba panamá panama estados unidos washington miami spain france \
    francia paris londres london germany alemania italia italy roma rome china rusia russia \
    moscú moscow europa europe america américa calle avenida plaza estado municipio ciudad \
    provincia río street city county river island province";

static TABLE: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut table = HashMap::new();
    for (list, bit) in [
        (GIVEN_NAMES, GIVEN_NAME),
        (PERSON_TITLES, PERSON_TITLE),
        (ORG_WORDS, ORG_WORD),
        (PLACE_WORDS, PLACE_WORD),
    ] {
        for word in list.split_whitespace() {
            *table.entry(word).or_insert(0) |= bit;
        }
    }
    table
});

/// The list flags of `lower` (a lower-cased token); 0 when it is in no list.
pub(crate) fn flags(lower: &str) -> u8 {
    TABLE.get(lower).copied().unwrap_or(0)
}
