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
    helen catherine emma olivia hillary ann jane alice julia grace victoria rachel hannah \
    abel abraham adolfo adrián adrian alan albert alexis alfonso alonso álvaro alvaro amado américo \
    anderson aníbal anibal antonio aquiles ariel arnaldo augusto aurelio baltasar bernardo braulio \
    brayan bruno camilo cándido carmelo casimiro ciro claudio clemente cristian cristóbal cristobal \
    darío dario deivis dimas domingo douglas edison edwin efraín efrain elías elias eliseo elvis \
    emiliano erick esteban eugenio evaristo ezequiel fabián fabian fabio federico félix felix \
    fermín fidel flavio florencio franklin gabino genaro germán german gilberto gregorio guillermo \
    gumersindo heriberto hernán hernan horacio humberto isaac isidro ismael israel iván ivan jaime \
    jairo jean jeferson jefferson jhonny jonathan josué josue juancho julián julian justo kleiber \
    lázaro lazaro leandro leonardo leonel león leon lorenzo lucas luciano marcelo marcos mariano \
    mario martín martin mauricio maximiliano máximo maximo melvin moisés moises napoleón néstor \
    nestor nicanor noel norberto octavio omar orangel osmel osvaldo pascual patricio porfirio \
    ramiro reinaldo renato rigoberto roberto rogelio rolando román roman rómulo romulo salvador \
    samuel saúl saul sebastián sebastian segundo severino silvio simón simon teodoro timoteo \
    ulises valentín valentin walter wilfredo williams wilson xavier yeferson yonathan yorbis \
    zacarías \
    adela adelaida agustina aida alba alicia amanda amelia amparo ángela angela angélica anabel \
    antonia araceli ariana aurora bárbara barbara belén belen berta blanca brenda candelaria \
    caridad carla carlota catalina cecilia celia clara concepción consuelo cristina dayana débora \
    delia elba elisa eloísa elvira emilia esperanza estela estefanía estefania esther eugenia \
    eva fabiola fátima fatima flor francisca gisela graciela guadalupe heidi hilda ingrid irene \
    isabela itzel jacqueline jazmín jennifer jimena johana josefa julieta karina katherine \
    leidy leticia lidia liliana lourdes luz magdalena maite manuela margarita maribel maricela \
    marina maritza marlene matilde mayra melania micaela miriam nadia nayeli nelly nereida nidia \
    noelia norma olga paloma pamela paola petra priscila ramona rebeca regina reina rosalía \
    rosario roxana ruth salomé samanta sandra selena soledad sonia susana tatiana trinidad \
    úrsula vanesa vanessa virginia viviana ximena yajaira yamileth yanet yaneth yenny yesenia \
    yolimar yulimar yusmary zoraida zulay \
    adam adrian alan albert alex alfred allen andy arthur austin barry ben bernard billy bobby \
    bradley brandon bruce bryan carl chad charlie chris christian clarence craig curtis dale \
    dan danny darren dave dean derek douglas duncan dustin dylan earl eddie edwin elliot ernest \
    ethan eugene evan felix francis fred gavin gene gerald gilbert glenn gordon graham greg harold \
    harry harvey herbert howard ian isaac jake jamie jeff jeremy jesse joe joel johnny jon jordan \
    keith ken kyle lance lawrence lee leo leonard lewis lloyd logan louis luke malcolm marcus \
    martin marvin max melvin mitchell morgan nathan neil nick noah norman oliver oscar owen \
    philip phillip ralph randy ray roger ron ross roy russell sam sean seth shane simon stanley \
    stuart ted terry theodore tim todd travis trevor troy victor vincent wade walter warren wayne \
    wesley willie zachary \
    abigail adele agnes alexandra alison amber andrea angela angelina anne annie april audrey \
    beatrice bella bernice beth beverly bonnie brenda bridget brittany caroline cassandra charlotte \
    chloe christina christine claire clara colleen connie courtney crystal daisy dana dawn debra \
    denise diane doris edith eileen elaine eleanor ella ellen emilia erica erin esther ethel \
    evelyn faith florence frances gail georgia gladys gloria gwen harriet hazel heather holly \
    irene iris isabel jacqueline janet janice jean jeanne jill joan joanna jocelyn josephine \
    joy joyce judith judy june katherine kathryn kathy kate katie kelly kristen laura lauren \
    leah lillian lily lois lorraine louise lucy lydia madeline mae marjorie marie marilyn martha \
    megan meredith mildred miranda molly monica nadia naomi natalie nicole nina nora paige pamela \
    pauline peggy penelope phyllis priscilla rita roberta robin rose rosemary ruby ruth sally \
    samantha shirley sophia sophie stella sue sylvia tamara teresa theresa tiffany tina tracy \
    valerie vanessa vera veronica violet virginia vivian wendy yvonne \
    ahmed ali hassan hussein mohammed muhammad mohamed omar khalid abdul abdullah ibrahim yusuf \
    mustafa fatima aisha leila yasser saddam hosni bashar benjamin yitzhak shimon ariel ehud \
    vladimir boris mikhail sergei dmitri igor ivan nikolai alexei viktor yuri oleg andrei \
    olga natasha svetlana tatiana irina galina helmut gerhard wolfgang klaus jürgen hans karl \
    heinz dieter uwe angela pierre jacques jean françois francois michel philippe alain bernard \
    lionel nicolas jacques-yves marie giuseppe giovanni paolo marco luca massimo silvio romano \
    francesco roberto lorenzo hiroshi takashi yoshinori kenji akira ichiro junichiro shinzo \
    yoko keiko jiang zhu li wang deng mao kim park lee chen nelson kofi thabo desmond jomo \
    jacob jawaharlal indira rajiv sonia atal narendra lula dilma luiz fernando jair inácio";

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
