#include "lexicon/people_lexicon.h"

#include <algorithm>

#include "lexicon/key_index.h"

namespace parallax::lexicon {

namespace {

// Keep every table sorted by its first field (a test checks it).
constexpr ReportingVerb kReportingVerbs[] = {
    {"accuse", "accuse", false},
    {"accused", "accuse", false},
    {"accuses", "accuse", false},
    {"acknowledge", "acknowledge", true},
    {"acknowledged", "acknowledge", true},
    {"acknowledges", "acknowledge", true},
    {"add", "add", true},
    {"added", "add", true},
    {"adding", "add", false},
    {"adds", "add", true},
    {"admit", "admit", true},
    {"admits", "admit", true},
    {"admitted", "admit", true},
    {"agreed", "agree", false},
    {"allege", "allege", false},
    {"alleged", "allege", false},
    {"alleges", "allege", false},
    {"announce", "announce", false},
    {"announced", "announce", false},
    {"announces", "announce", false},
    {"announcing", "announce", false},
    {"argue", "argue", true},
    {"argued", "argue", true},
    {"argues", "argue", true},
    {"arguing", "argue", false},
    {"asked", "ask", true},
    {"asks", "ask", true},
    {"asserted", "assert", true},
    {"asserts", "assert", true},
    {"assess", "assess", false},
    {"assessed", "assess", false},
    {"assesses", "assess", false},
    {"assessing", "assess", false},
    {"assure", "assure", false},
    {"assured", "assure", false},
    {"assures", "assure", false},
    {"believe", "believe", false},
    {"believed", "believe", false},
    {"believes", "believe", false},
    {"blamed", "blame", false},
    {"blames", "blame", false},
    {"branded", "brand", false},
    {"brands", "brand", false},
    {"calculated", "calculate", false},
    {"called", "call", false},
    {"calls", "call", false},
    {"cautioned", "caution", true},
    {"cautions", "caution", true},
    {"claim", "claim", false},
    {"claimed", "claim", false},
    {"claiming", "claim", false},
    {"claims", "claim", false},
    {"commented", "comment", true},
    {"complained", "complain", true},
    {"conceded", "concede", true},
    {"concedes", "concede", true},
    {"concluded", "conclude", true},
    {"concludes", "conclude", true},
    {"condemned", "condemn", false},
    {"condemns", "condemn", false},
    {"confirm", "confirm", false},
    {"confirmed", "confirm", false},
    {"confirming", "confirm", false},
    {"confirms", "confirm", false},
    {"contended", "contend", true},
    {"contends", "contend", true},
    {"continued", "continue", true},
    {"countered", "counter", true},
    {"criticised", "criticize", false},
    {"criticized", "criticize", false},
    {"declare", "declare", true},
    {"declared", "declare", true},
    {"declares", "declare", true},
    {"denied", "deny", false},
    {"denies", "deny", false},
    {"deny", "deny", false},
    {"denying", "deny", false},
    {"describe", "describe", false},
    {"described", "describe", false},
    {"describes", "describe", false},
    {"describing", "describe", false},
    {"disclosed", "disclose", false},
    {"discloses", "disclose", false},
    {"dismiss", "dismiss", false},
    {"dismissed", "dismiss", false},
    {"dismisses", "dismiss", false},
    {"dismissing", "dismiss", false},
    {"echoed", "echo", false},
    {"emphasise", "emphasize", true},
    {"emphasised", "emphasize", true},
    {"emphasises", "emphasize", true},
    {"emphasize", "emphasize", true},
    {"emphasized", "emphasize", true},
    {"emphasizes", "emphasize", true},
    {"estimate", "estimate", false},
    {"estimated", "estimate", false},
    {"estimates", "estimate", false},
    {"expected", "expect", false},
    {"expects", "expect", false},
    {"explain", "explain", true},
    {"explained", "explain", true},
    {"explaining", "explain", false},
    {"explains", "explain", true},
    {"found", "find", false},
    {"highlighted", "highlight", false},
    {"indicated", "indicate", false},
    {"indicates", "indicate", false},
    {"informed", "inform", false},
    {"insist", "insist", true},
    {"insisted", "insist", true},
    {"insisting", "insist", false},
    {"insists", "insist", true},
    {"maintained", "maintain", false},
    {"maintains", "maintain", false},
    {"note", "note", true},
    {"noted", "note", true},
    {"notes", "note", true},
    {"noting", "note", false},
    {"observed", "observe", true},
    {"observes", "observe", true},
    {"pledged", "pledge", false},
    {"pledges", "pledge", false},
    {"posted", "post", false},
    {"predict", "predict", false},
    {"predicted", "predict", false},
    {"predicts", "predict", false},
    {"projected", "project", false},
    {"promised", "promise", false},
    {"promises", "promise", false},
    {"quipped", "quip", true},
    {"recalled", "recall", true},
    {"recalls", "recall", true},
    {"remarked", "remark", true},
    {"repeated", "repeat", true},
    {"repeats", "repeat", true},
    {"replied", "reply", true},
    {"replies", "reply", true},
    {"report", "report", false},
    {"reported", "report", false},
    {"reporting", "report", false},
    {"reports", "report", false},
    {"responded", "respond", false},
    {"responds", "respond", false},
    {"reveal", "reveal", false},
    {"revealed", "reveal", false},
    {"reveals", "reveal", false},
    {"said", "say", true},
    {"say", "say", true},
    {"saying", "say", false},
    {"says", "say", true},
    {"showed", "show", false},
    {"shows", "show", false},
    {"stated", "state", true},
    {"stress", "stress", true},
    {"stressed", "stress", true},
    {"stresses", "stress", true},
    {"suggest", "suggest", false},
    {"suggested", "suggest", false},
    {"suggests", "suggest", false},
    {"tell", "tell", false},
    {"telling", "tell", false},
    {"tells", "tell", false},
    {"testified", "testify", false},
    {"testifies", "testify", false},
    {"thinks", "think", false},
    {"told", "tell", false},
    {"tweeted", "tweet", true},
    {"urge", "urge", false},
    {"urged", "urge", false},
    {"urges", "urge", false},
    {"vow", "vow", false},
    {"vowed", "vow", false},
    {"vows", "vow", false},
    {"warn", "warn", true},
    {"warned", "warn", true},
    {"warning", "warn", false},
    {"warns", "warn", true},
    {"write", "write", true},
    {"writes", "write", true},
    {"writing", "write", false},
    {"wrote", "write", true},
};

constexpr TitleWord kTitles[] = {
    {"acting", TitleKind::kQualifier},
    {"adm", TitleKind::kHead},
    {"admiral", TitleKind::kHead},
    {"agriculture", TitleKind::kQualifier},
    {"air", TitleKind::kQualifier},
    {"ambassador", TitleKind::kHead},
    {"archbishop", TitleKind::kHead},
    {"army", TitleKind::kQualifier},
    {"assistant", TitleKind::kQualifier},
    {"associate", TitleKind::kQualifier},
    {"attorney", TitleKind::kQualifier},
    {"ayatollah", TitleKind::kHead},
    {"bishop", TitleKind::kHead},
    {"brig", TitleKind::kHead},
    {"brigadier", TitleKind::kHead},
    {"capt", TitleKind::kHead},
    {"captain", TitleKind::kHead},
    {"cardinal", TitleKind::kHead},
    {"ceo", TitleKind::kHead},
    {"chair", TitleKind::kHead},
    {"chairman", TitleKind::kHead},
    {"chairwoman", TitleKind::kHead},
    {"chancellor", TitleKind::kHead},
    {"chief", TitleKind::kHead},
    {"chief-of-staff", TitleKind::kQualifier},
    {"chiefs", TitleKind::kQualifier},
    {"cmdr", TitleKind::kHead},
    {"col", TitleKind::kHead},
    {"colonel", TitleKind::kHead},
    {"commander", TitleKind::kHead},
    {"commerce", TitleKind::kQualifier},
    {"commissioner", TitleKind::kHead},
    {"communications", TitleKind::kQualifier},
    {"congressman", TitleKind::kHead},
    {"congresswoman", TitleKind::kHead},
    {"corporal", TitleKind::kHead},
    {"cpl", TitleKind::kHead},
    {"crown", TitleKind::kHead},
    {"culture", TitleKind::kQualifier},
    {"czar", TitleKind::kHead},
    {"dame", TitleKind::kHead},
    {"defence", TitleKind::kQualifier},
    {"defense", TitleKind::kQualifier},
    {"deputy", TitleKind::kQualifier},
    {"deputy-prime", TitleKind::kQualifier},
    {"digital", TitleKind::kQualifier},
    {"director", TitleKind::kHead},
    {"dr", TitleKind::kHead},
    {"economic", TitleKind::kQualifier},
    {"economy", TitleKind::kQualifier},
    {"education", TitleKind::kQualifier},
    {"emir", TitleKind::kHead},
    {"emperor", TitleKind::kHead},
    {"energy", TitleKind::kQualifier},
    {"environment", TitleKind::kQualifier},
    {"envoy", TitleKind::kHead},
    {"executive", TitleKind::kQualifier},
    {"father", TitleKind::kHead},
    {"federal", TitleKind::kQualifier},
    {"finance", TitleKind::kQualifier},
    {"first", TitleKind::kQualifier},
    {"force", TitleKind::kQualifier},
    {"foreign", TitleKind::kQualifier},
    {"former", TitleKind::kQualifier},
    {"gen", TitleKind::kHead},
    {"general", TitleKind::kHead},
    {"gov", TitleKind::kHead},
    {"governor", TitleKind::kHead},
    {"grand", TitleKind::kQualifier},
    {"health", TitleKind::kQualifier},
    {"home", TitleKind::kQualifier},
    {"homeland", TitleKind::kQualifier},
    {"imam", TitleKind::kHead},
    {"industry", TitleKind::kQualifier},
    {"information", TitleKind::kQualifier},
    {"intelligence", TitleKind::kQualifier},
    {"interim", TitleKind::kQualifier},
    {"interior", TitleKind::kQualifier},
    {"joint", TitleKind::kQualifier},
    {"judge", TitleKind::kHead},
    {"justice", TitleKind::kHead},
    {"king", TitleKind::kHead},
    {"labor", TitleKind::kQualifier},
    {"labour", TitleKind::kQualifier},
    {"lady", TitleKind::kHead},
    {"lawmaker", TitleKind::kHead},
    {"leader", TitleKind::kHead},
    {"lieutenant", TitleKind::kHead},
    {"lord", TitleKind::kHead},
    {"lt", TitleKind::kHead},
    {"maj", TitleKind::kHead},
    {"major", TitleKind::kHead},
    {"majority", TitleKind::kQualifier},
    {"marshal", TitleKind::kHead},
    {"mayor", TitleKind::kHead},
    {"messrs", TitleKind::kHead},
    {"military", TitleKind::kQualifier},
    {"minister", TitleKind::kHead},
    {"minister-president", TitleKind::kHead},
    {"minority", TitleKind::kQualifier},
    {"miss", TitleKind::kHead},
    {"mp", TitleKind::kHead},
    {"mr", TitleKind::kHead},
    {"mrs", TitleKind::kHead},
    {"ms", TitleKind::kHead},
    {"mullah", TitleKind::kHead},
    {"national", TitleKind::kQualifier},
    {"naval", TitleKind::kQualifier},
    {"navy", TitleKind::kQualifier},
    {"opposition", TitleKind::kQualifier},
    {"patriarch", TitleKind::kHead},
    {"pm", TitleKind::kHead},
    {"pope", TitleKind::kHead},
    {"premier", TitleKind::kHead},
    {"president", TitleKind::kHead},
    {"president-elect", TitleKind::kHead},
    {"prime", TitleKind::kQualifier},
    {"prince", TitleKind::kHead},
    {"princess", TitleKind::kHead},
    {"private", TitleKind::kHead},
    {"prof", TitleKind::kHead},
    {"professor", TitleKind::kHead},
    {"provincial", TitleKind::kQualifier},
    {"pvt", TitleKind::kHead},
    {"queen", TitleKind::kHead},
    {"rabbi", TitleKind::kHead},
    {"regional", TitleKind::kQualifier},
    {"rep", TitleKind::kHead},
    {"representative", TitleKind::kHead},
    {"reps", TitleKind::kHead},
    {"rev", TitleKind::kHead},
    {"science", TitleKind::kQualifier},
    {"secretary", TitleKind::kHead},
    {"secretary-general", TitleKind::kHead},
    {"security", TitleKind::kQualifier},
    {"sen", TitleKind::kHead},
    {"senator", TitleKind::kHead},
    {"senior", TitleKind::kQualifier},
    {"sergeant", TitleKind::kHead},
    {"sgt", TitleKind::kHead},
    {"sheikh", TitleKind::kHead},
    {"sir", TitleKind::kHead},
    {"sister", TitleKind::kHead},
    {"speaker", TitleKind::kHead},
    {"spokesman", TitleKind::kHead},
    {"spokesperson", TitleKind::kHead},
    {"spokeswoman", TitleKind::kHead},
    {"staff", TitleKind::kQualifier},
    {"state", TitleKind::kQualifier},
    {"sultan", TitleKind::kHead},
    {"supreme", TitleKind::kQualifier},
    {"surgeon", TitleKind::kQualifier},
    {"technology", TitleKind::kQualifier},
    {"then-president", TitleKind::kQualifier},
    {"top", TitleKind::kQualifier},
    {"trade", TitleKind::kQualifier},
    {"transport", TitleKind::kQualifier},
    {"transportation", TitleKind::kQualifier},
    {"treasury", TitleKind::kQualifier},
    {"tsar", TitleKind::kHead},
    {"u.n.", TitleKind::kQualifier},
    {"un", TitleKind::kQualifier},
    {"unification", TitleKind::kQualifier},
    {"vice", TitleKind::kQualifier},
};

constexpr RoleNoun kRoleNouns[] = {
    {"activist", Referent::kPerson},
    {"activists", Referent::kGroup},
    {"administration", Referent::kOrganization},
    {"admiral", Referent::kPerson},
    {"adviser", Referent::kPerson},
    {"advisers", Referent::kGroup},
    {"advisor", Referent::kPerson},
    {"advisors", Referent::kGroup},
    {"agencies", Referent::kGroup},
    {"agency", Referent::kOrganization},
    {"aide", Referent::kPerson},
    {"aides", Referent::kGroup},
    {"alliance", Referent::kOrganization},
    {"allies", Referent::kGroup},
    {"ambassador", Referent::kPerson},
    {"analyst", Referent::kPerson},
    {"analysts", Referent::kGroup},
    {"army", Referent::kOrganization},
    {"assembly", Referent::kOrganization},
    {"attorney", Referent::kPerson},
    {"authorities", Referent::kGroup},
    {"authority", Referent::kOrganization},
    {"bank", Referent::kOrganization},
    {"bloc", Referent::kOrganization},
    {"broadcaster", Referent::kOrganization},
    {"bureau", Referent::kOrganization},
    {"cabinet", Referent::kOrganization},
    {"campaign", Referent::kOrganization},
    {"candidate", Referent::kPerson},
    {"captain", Referent::kPerson},
    {"chair", Referent::kPerson},
    {"chairman", Referent::kPerson},
    {"chairwoman", Referent::kPerson},
    {"chancellor", Referent::kPerson},
    {"charities", Referent::kGroup},
    {"chief", Referent::kPerson},
    {"cleric", Referent::kPerson},
    {"coalition", Referent::kOrganization},
    {"colonel", Referent::kPerson},
    {"command", Referent::kOrganization},
    {"commander", Referent::kPerson},
    {"commanders", Referent::kGroup},
    {"commentator", Referent::kPerson},
    {"commission", Referent::kOrganization},
    {"commissioner", Referent::kPerson},
    {"committee", Referent::kOrganization},
    {"company", Referent::kOrganization},
    {"confederation", Referent::kOrganization},
    {"congress", Referent::kOrganization},
    {"congressman", Referent::kPerson},
    {"congresswoman", Referent::kPerson},
    {"consulate", Referent::kOrganization},
    {"consultant", Referent::kPerson},
    {"correspondent", Referent::kPerson},
    {"council", Referent::kOrganization},
    {"court", Referent::kOrganization},
    {"critics", Referent::kGroup},
    {"data", Referent::kOrganization},
    {"defector", Referent::kPerson},
    {"defectors", Referent::kGroup},
    {"delegates", Referent::kGroup},
    {"department", Referent::kOrganization},
    {"deputy", Referent::kPerson},
    {"diplomat", Referent::kPerson},
    {"diplomats", Referent::kGroup},
    {"director", Referent::kPerson},
    {"doctor", Referent::kPerson},
    {"doctors", Referent::kGroup},
    {"economist", Referent::kPerson},
    {"economists", Referent::kGroup},
    {"editor", Referent::kPerson},
    {"embassy", Referent::kOrganization},
    {"employee", Referent::kPerson},
    {"employees", Referent::kGroup},
    {"envoy", Referent::kPerson},
    {"executive", Referent::kPerson},
    {"expert", Referent::kPerson},
    {"experts", Referent::kGroup},
    {"farmer", Referent::kPerson},
    {"federation", Referent::kOrganization},
    {"federations", Referent::kGroup},
    {"fellow", Referent::kPerson},
    {"firm", Referent::kOrganization},
    {"founder", Referent::kPerson},
    {"general", Referent::kPerson},
    {"generals", Referent::kGroup},
    {"government", Referent::kOrganization},
    {"governments", Referent::kGroup},
    {"governor", Referent::kPerson},
    {"group", Referent::kOrganization},
    {"groups", Referent::kGroup},
    {"head", Referent::kPerson},
    {"headquarters", Referent::kOrganization},
    {"historian", Referent::kPerson},
    {"insider", Referent::kPerson},
    {"inspector", Referent::kPerson},
    {"inspectors", Referent::kGroup},
    {"institute", Referent::kOrganization},
    {"insurgents", Referent::kGroup},
    {"intelligence", Referent::kOrganization},
    {"investigator", Referent::kPerson},
    {"investigators", Referent::kGroup},
    {"journalist", Referent::kPerson},
    {"journalists", Referent::kGroup},
    {"judge", Referent::kPerson},
    {"king", Referent::kPerson},
    {"lawmaker", Referent::kPerson},
    {"lawmaker-elect", Referent::kPerson},
    {"lawmakers", Referent::kGroup},
    {"lawyer", Referent::kPerson},
    {"leader", Referent::kPerson},
    {"leaders", Referent::kGroup},
    {"legislator", Referent::kPerson},
    {"legislators", Referent::kGroup},
    {"legislature", Referent::kOrganization},
    {"lieutenant", Referent::kPerson},
    {"major", Referent::kPerson},
    {"manager", Referent::kPerson},
    {"marshal", Referent::kPerson},
    {"mayor", Referent::kPerson},
    {"medics", Referent::kGroup},
    {"member", Referent::kPerson},
    {"members", Referent::kGroup},
    {"militants", Referent::kGroup},
    {"military", Referent::kOrganization},
    {"minister", Referent::kPerson},
    {"ministers", Referent::kGroup},
    {"ministry", Referent::kOrganization},
    {"monitors", Referent::kGroup},
    {"mp", Referent::kPerson},
    {"navy", Referent::kOrganization},
    {"negotiator", Referent::kPerson},
    {"negotiators", Referent::kGroup},
    {"network", Referent::kOrganization},
    {"newspaper", Referent::kOrganization},
    {"nominee", Referent::kPerson},
    {"observer", Referent::kPerson},
    {"observers", Referent::kGroup},
    {"office", Referent::kOrganization},
    {"officer", Referent::kPerson},
    {"officers", Referent::kGroup},
    {"official", Referent::kPerson},
    {"officials", Referent::kGroup},
    {"organisation", Referent::kOrganization},
    {"organisers", Referent::kGroup},
    {"organization", Referent::kOrganization},
    {"organizers", Referent::kGroup},
    {"outlet", Referent::kOrganization},
    {"owner", Referent::kPerson},
    {"parliament", Referent::kOrganization},
    {"partner", Referent::kPerson},
    {"party", Referent::kOrganization},
    {"pilot", Referent::kPerson},
    {"pilots", Referent::kGroup},
    {"police", Referent::kOrganization},
    {"poll", Referent::kOrganization},
    {"pope", Referent::kPerson},
    {"premier", Referent::kPerson},
    {"presidency", Referent::kOrganization},
    {"president", Referent::kPerson},
    {"president-elect", Referent::kPerson},
    {"professor", Referent::kPerson},
    {"prosecutor", Referent::kPerson},
    {"prosecutors", Referent::kGroup},
    {"protesters", Referent::kGroup},
    {"queen", Referent::kPerson},
    {"rebels", Referent::kGroup},
    {"regime", Referent::kOrganization},
    {"regulator", Referent::kPerson},
    {"report", Referent::kOrganization},
    {"reporter", Referent::kPerson},
    {"reporters", Referent::kGroup},
    {"representative", Referent::kPerson},
    {"representatives", Referent::kGroup},
    {"researcher", Referent::kPerson},
    {"researchers", Referent::kGroup},
    {"resident", Referent::kPerson},
    {"residents", Referent::kGroup},
    {"scholar", Referent::kPerson},
    {"scholars", Referent::kGroup},
    {"scientist", Referent::kPerson},
    {"scientists", Referent::kGroup},
    {"secretariat", Referent::kOrganization},
    {"secretary", Referent::kPerson},
    {"secretary-general", Referent::kPerson},
    {"senate", Referent::kOrganization},
    {"senator", Referent::kPerson},
    {"senators", Referent::kGroup},
    {"sergeant", Referent::kPerson},
    {"service", Referent::kOrganization},
    {"soldier", Referent::kPerson},
    {"soldiers", Referent::kGroup},
    {"source", Referent::kPerson},
    {"sources", Referent::kGroup},
    {"spokesman", Referent::kPerson},
    {"spokesmen", Referent::kGroup},
    {"spokespeople", Referent::kGroup},
    {"spokesperson", Referent::kPerson},
    {"spokeswoman", Referent::kPerson},
    {"staff", Referent::kGroup},
    {"statement", Referent::kOrganization},
    {"strategist", Referent::kPerson},
    {"student", Referent::kPerson},
    {"study", Referent::kOrganization},
    {"survey", Referent::kOrganization},
    {"survivor", Referent::kPerson},
    {"tank", Referent::kOrganization},
    {"teacher", Referent::kPerson},
    {"think-tank", Referent::kOrganization},
    {"union", Referent::kOrganization},
    {"university", Referent::kOrganization},
    {"veteran", Referent::kPerson},
    {"veterans", Referent::kGroup},
    {"victim", Referent::kPerson},
    {"watchdog", Referent::kOrganization},
    {"witness", Referent::kPerson},
    {"witnesses", Referent::kGroup},
    {"worker", Referent::kPerson},
    {"workers", Referent::kGroup},
};

constexpr DeterminerWord kDeterminers[] = {
    {"a", Determiner::kIndefinite},
    {"an", Determiner::kIndefinite},
    {"another", Determiner::kIndefinite},
    {"her", Determiner::kDefinite},
    {"his", Determiner::kDefinite},
    {"its", Determiner::kDefinite},
    {"one", Determiner::kIndefinite},
    {"our", Determiner::kDefinite},
    {"that", Determiner::kDefinite},
    {"the", Determiner::kDefinite},
    {"their", Determiner::kDefinite},
    {"these", Determiner::kDefinite},
    {"this", Determiner::kDefinite},
    {"those", Determiner::kDefinite},
};

constexpr PronounWord kPronouns[] = {
    {"he", Referent::kPerson},
    {"i", Referent::kSelf},
    {"it", Referent::kOrganization},
    {"she", Referent::kPerson},
    {"they", Referent::kGroup},
    {"we", Referent::kSelf},
};

constexpr Alias kAliases[] = {
    {"afp", "AFP", EntityType::kOrganization},
    {"agence france-presse", "AFP", EntityType::kOrganization},
    {"america", "United States", EntityType::kPlace},
    {"ap", "Associated Press", EntityType::kOrganization},
    {"associated press", "Associated Press", EntityType::kOrganization},
    {"bloomberg", "Bloomberg", EntityType::kOrganization},
    {"britain", "United Kingdom", EntityType::kPlace},
    {"democratic people's republic of korea", "North Korea", EntityType::kPlace},
    {"downing street", "Downing Street", EntityType::kOrganization},
    {"dprk", "North Korea", EntityType::kPlace},
    {"e.u.", "European Union", EntityType::kOrganization},
    {"eu", "European Union", EntityType::kOrganization},
    {"european union", "European Union", EntityType::kOrganization},
    {"gaza strip", "Gaza", EntityType::kPlace},
    {"great britain", "United Kingdom", EntityType::kPlace},
    {"kiev", "Kyiv", EntityType::kPlace},
    {"kremlin", "Kremlin", EntityType::kOrganization},
    {"kyiv", "Kyiv", EntityType::kPlace},
    {"nato", "NATO", EntityType::kOrganization},
    {"north atlantic treaty organization", "NATO", EntityType::kOrganization},
    {"north korea", "North Korea", EntityType::kPlace},
    {"pentagon", "Pentagon", EntityType::kOrganization},
    {"people's republic of china", "China", EntityType::kPlace},
    {"prc", "China", EntityType::kPlace},
    {"pyongyang", "North Korea", EntityType::kPlace},
    {"republic of korea", "South Korea", EntityType::kPlace},
    {"reuters", "Reuters", EntityType::kOrganization},
    {"rok", "South Korea", EntityType::kPlace},
    {"russian federation", "Russia", EntityType::kPlace},
    {"seoul", "South Korea", EntityType::kPlace},
    {"south korea", "South Korea", EntityType::kPlace},
    {"u.k.", "United Kingdom", EntityType::kPlace},
    {"u.n.", "United Nations", EntityType::kOrganization},
    {"u.s", "United States", EntityType::kPlace},
    {"u.s.", "United States", EntityType::kPlace},
    {"u.s.a.", "United States", EntityType::kPlace},
    {"uae", "United Arab Emirates", EntityType::kPlace},
    {"uk", "United Kingdom", EntityType::kPlace},
    {"un", "United Nations", EntityType::kOrganization},
    {"united arab emirates", "United Arab Emirates", EntityType::kPlace},
    {"united kingdom", "United Kingdom", EntityType::kPlace},
    {"united nations", "United Nations", EntityType::kOrganization},
    {"united states", "United States", EntityType::kPlace},
    {"united states of america", "United States", EntityType::kPlace},
    {"us", "United States", EntityType::kPlace},
    {"usa", "United States", EntityType::kPlace},
    {"white house", "White House", EntityType::kOrganization},
};

// Keep sorted (a test checks it).
constexpr std::string_view kSubjectSkips[] = {
    "afternoon", "again", "ago", "all", "alone", "already", "also", "also-has", "angrily", "are",
    "aren't", "bluntly", "both", "briefly", "can", "can't", "cannot", "could", "couldn't", "did",
    "didn't", "directly", "do", "does", "doesn't", "don't", "earlier", "early", "even", "evening",
    "finally", "firmly", "first", "flatly", "formally", "further", "had", "had've", "hadn't",
    "has", "hasn't", "have", "haven't", "herself", "himself", "immediately", "initially", "is",
    "isn't", "itself", "jointly", "just", "last", "late", "later", "likewise", "may", "might",
    "month", "morning", "must", "never", "night", "not", "now", "officially", "on", "once",
    "openly", "personally", "previously", "privately", "publicly", "quickly", "recently",
    "repeatedly", "reportedly", "separately", "several", "sharply", "should", "similarly", "since",
    "specifically", "still", "strongly", "subsequently", "themselves", "then", "this", "times",
    "today", "tonight", "too", "twice", "was", "wasn't", "week", "were", "weren't", "will",
    "won't", "would", "wouldn't", "year", "yesterday",
};

// Keep sorted (a test checks it).
constexpr std::string_view kNameSuffixes[] = {
    "ii", "iii", "iv", "jr", "jr.", "phd", "sr", "sr.", "v",
};

// Keep sorted (a test checks it).
constexpr std::string_view kNameConnectors[] = {
    "al", "bin", "bint", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "du",
    "el", "for", "ibn", "la", "le", "of", "van", "von", "y",
};

// Keep sorted (a test checks it).
constexpr std::string_view kOrganizationCues[] = {
    "administration", "agency", "air", "airlines", "airways", "alliance", "army", "assembly",
    "association", "authority", "bank", "battalion", "board", "brigade", "broadcasting",
    "bureau", "cabinet", "capital", "center", "centre", "chemicals", "club", "co", "coalition",
    "college", "command", "commission", "committee", "company", "congress", "consulate", "corp",
    "corporation", "corps", "council", "court", "daily", "department", "division", "economist",
    "embassy", "examiner", "exchange", "federation", "fleet", "foods", "force", "forces",
    "foundation", "front", "fund", "gazette", "group", "guard", "guardian", "guards", "herald",
    "holdings", "hospital", "inc", "industries", "industry", "institute", "institution",
    "intelligence", "investments", "journal", "league", "llc", "logistics", "ltd", "media",
    "ministries", "ministry", "monitor", "motors", "movement", "navy", "network", "news",
    "observer", "office", "organisation", "organization", "parliament", "partners", "party",
    "pharmaceuticals", "plc", "police", "post", "press", "radio", "regiment", "reserve",
    "school", "securities", "senate", "service", "society", "studies", "systems",
    "technologies", "telegraph", "television", "therapeutics", "times", "tribune", "union",
    "university", "utilities", "wire",
};

// Keep sorted (a test checks it).
constexpr std::string_view kPlaceCues[] = {
    "area", "city", "county", "district", "governorate", "island", "islands", "krai", "oblast",
    "peninsula", "port", "prefecture", "province", "region", "republic", "state", "territory",
    "town", "village",
};

// Keep sorted (a test checks it).
constexpr std::string_view kPlaces[] = {
    "abu dhabi", "addis", "afghanistan", "africa", "albania", "algeria", "algiers", "amman",
    "amsterdam", "andorra", "angola", "ankara", "antarctica", "arctic", "argentina", "armenia",
    "asia", "asia-pacific", "athens", "atlanta", "auckland", "australia", "austria", "avdiivka",
    "azerbaijan", "baghdad", "bahamas", "bahrain", "bakhmut", "baku", "baltic sea", "bangkok",
    "bangladesh", "barbados", "barcelona", "beijing", "beirut", "belarus", "belgium", "belgorod",
    "belgrade", "belize", "benin", "berlin", "bhutan", "black sea", "bogota", "bolivia", "bosnia",
    "bosnia and herzegovina", "boston", "botswana", "brasilia", "brazil", "brunei", "brussels",
    "bucharest", "budapest", "buenos aires", "bulgaria", "burkina", "burkina faso", "burundi",
    "busan", "cairo", "cambodia", "cameroon", "canada", "canberra", "cape town", "caracas",
    "central african republic", "central asia", "central europe", "chad", "chechnya", "chicago",
    "chile", "china", "chisinau", "colombia", "comoros", "congo", "copenhagen", "costa rica",
    "crimea", "croatia", "cuba", "cyprus", "czech republic", "czechia", "dallas", "damascus",
    "davos", "delhi", "denmark", "denver", "detroit", "djibouti", "dnipro", "doha", "dominica",
    "dominican republic", "donbas", "donetsk", "dubai", "dublin", "east asia", "east china sea",
    "east timor", "eastern europe", "eastern ukraine", "ecuador", "egypt", "el salvador",
    "england", "equatorial guinea", "eritrea", "estonia", "eswatini", "ethiopia", "europe",
    "far east", "fiji", "finland", "france", "gabon", "gambia", "gaza", "gaza strip", "geneva",
    "georgia", "germany", "ghana", "golan heights", "greece", "greenland", "grenada", "guatemala",
    "guinea", "gulf of mexico", "guyana", "haiti", "hamburg", "hanoi", "havana", "helsinki",
    "honduras", "hong kong", "hong-kong", "horn of africa", "houston", "hungary", "iceland",
    "incheon", "india", "indo-pacific", "indonesia", "iran", "iraq", "ireland", "islamabad",
    "israel", "istanbul", "italy", "ivory coast", "jakarta", "jamaica", "japan", "jeddah",
    "jerusalem", "johannesburg", "jordan", "kabul", "karachi", "kashmir", "kazakhstan", "kenya",
    "khabarovsk", "kharkiv", "khartoum", "kherson", "kiev", "kinshasa", "kiribati",
    "korean peninsula", "kosovo", "kuala lumpur", "kurdistan", "kursk", "kuwait", "kyiv",
    "kyrgyzstan", "lagos", "lahore", "laos", "latin america", "latvia", "lebanon", "lesotho",
    "liberia", "libya", "liechtenstein", "lima", "lisbon", "lithuania", "london", "los angeles",
    "luhansk", "luxembourg", "lviv", "lyon", "madagascar", "madrid", "malawi", "malaysia",
    "maldives", "mali", "malta", "manchester", "manila", "mariupol", "mauritania", "mauritius",
    "melbourne", "mexico", "mexico city", "miami", "micronesia", "middle east", "milan", "minsk",
    "moldova", "monaco", "mongolia", "montenegro", "montreal", "morocco", "moscow", "mozambique",
    "mumbai", "munich", "myanmar", "nairobi", "namibia", "nauru", "nepal", "netherlands",
    "new delhi", "new york", "new zealand", "nicaragua", "niger", "nigeria", "north america",
    "north korea", "north macedonia", "northern ireland", "norway", "oceania", "odesa", "odessa",
    "oman", "osaka", "oslo", "ottawa", "pakistan", "palau", "palestine", "panama",
    "papua new guinea", "paraguay", "paris", "persian gulf", "peru", "philadelphia",
    "philippines", "phoenix", "poland", "portugal", "prague", "qatar", "rabat", "ramallah",
    "red sea", "riga", "rio de janeiro", "riyadh", "romania", "rome", "russia", "rwanda",
    "saint petersburg", "samoa", "san francisco", "santiago", "sao paulo", "saudi arabia",
    "scotland", "seattle", "senegal", "serbia", "sevastopol", "seychelles", "shanghai",
    "sierra leone", "singapore", "slovakia", "slovenia", "sofia", "somalia", "south africa",
    "south america", "south asia", "south china sea", "south korea", "south sudan",
    "southeast asia", "southern ukraine", "spain", "sri lanka", "st. petersburg", "stockholm",
    "strasbourg", "sub-saharan africa", "sudan", "suriname", "sweden", "switzerland", "sydney",
    "syria", "taipei", "taiwan", "tajikistan", "tallinn", "tanzania", "tbilisi", "tehran",
    "tel aviv", "tel-aviv", "thailand", "tibet", "togo", "tokyo", "tonga", "toronto", "tripoli",
    "tunis", "tunisia", "turkey", "turkmenistan", "tuvalu", "uganda", "ukraine",
    "united arab emirates", "united kingdom", "united states", "uruguay", "uzbekistan",
    "vancouver", "vanuatu", "vatican", "venezuela", "vienna", "vietnam", "vilnius", "vladivostok",
    "wales", "warsaw", "washington", "west bank", "western europe", "xinjiang", "yemen",
    "yerevan", "zagreb", "zambia", "zaporizhzhia", "zimbabwe", "zurich",
};

// Keep sorted (a test checks it).
constexpr std::string_view kDemonyms[] = {
    "afghan", "african", "albanian", "algerian", "american", "arab", "argentine", "armenian",
    "asian", "australian", "austrian", "azerbaijani", "bangladeshi", "belarusian", "belgian",
    "bosnian", "brazilian", "british", "bulgarian", "burmese", "cambodian", "canadian", "central",
    "chechen", "chilean", "chinese", "colombian", "crimean", "croatian", "cuban", "czech",
    "danish", "dutch", "e.u.", "east", "eastern", "egyptian", "emirati", "english", "estonian",
    "ethiopian", "eu", "european", "filipino", "finnish", "french", "georgian", "german", "greek",
    "hungarian", "indian", "indonesian", "iranian", "iraqi", "irish", "israeli", "italian",
    "japanese", "jordanian", "kazakh", "kenyan", "korean", "kurdish", "latvian", "lebanese",
    "libyan", "lithuanian", "malaysian", "mexican", "moldovan", "mongolian", "moroccan", "nato",
    "nepali", "nigerian", "north", "northern", "norwegian", "pakistani", "palestinian", "polish",
    "portuguese", "qatari", "romanian", "russian", "saudi", "scottish", "serbian", "singaporean",
    "slovak", "slovenian", "south", "southern", "soviet", "spanish", "sri", "sudanese", "swedish",
    "swiss", "syrian", "taiwanese", "thai", "tunisian", "turkish", "u.k.", "u.n.", "u.s.", "uk",
    "ukrainian", "un", "us", "uzbek", "venezuelan", "vietnamese", "welsh", "west", "western",
    "yemeni",
};

// Keep sorted (a test checks it).
// Abbreviations of terms written in capitals that name no one ("EPS: $1.38", "GDP grew"):
// an all-caps word is otherwise taken for an organisation. Sorted.
constexpr std::string_view kTermAbbreviations[] = {
    "capex", "eps", "ebit", "ebitda", "faq", "gdp", "gmt", "ipo", "qoq", "roi", "utc", "vat", "yoy",
};

constexpr std::string_view kNonNames[] = {
    "a", "about", "above", "according", "across", "after", "afterward", "again", "against", "ago",
    "ahead", "all", "almost", "along", "already", "also", "although", "always", "amid", "among",
    "an", "and", "another", "any", "anyone", "anything", "are", "around", "as", "asked", "at",
    "because", "been", "before", "behind", "being", "below", "beneath", "beside", "besides",
    "between", "beyond", "both", "but", "by", "can", "clearly", "could", "despite", "did", "do",
    "does", "doing", "done", "down", "during", "each", "earlier", "either", "else", "even",
    "ever", "every", "everyone", "everything", "except", "few", "following", "for", "from",
    "further", "furthermore", "had", "has", "have", "having", "he", "hello", "her", "here",
    "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "including",
    "indeed", "inside", "instead", "into", "is", "it", "its", "itself", "just", "last", "later",
    "least", "less", "let", "like", "likely", "many", "maybe", "me", "meanwhile", "more",
    "moreover", "most", "mostly", "much", "must", "my", "near", "nearly", "neither", "never",
    "nevertheless", "next", "no", "nobody", "none", "nor", "not", "nothing", "now", "of", "off",
    "often", "on", "once", "one", "only", "onto", "or", "other", "others", "otherwise", "our",
    "ours", "out", "outside", "over", "overall", "own", "per", "perhaps", "please", "plus",
    "quite", "rather", "really", "same", "several", "shall", "she", "should", "since", "so",
    "some", "someone", "something", "sometimes", "soon", "still", "such", "than", "thank",
    "thanks", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
    "thereafter", "therefore", "these", "they", "this", "those", "though", "through",
    "throughout", "thus", "till", "to", "today", "together", "tomorrow", "tonight", "too",
    "toward", "towards", "under", "unless", "unlike", "until", "up", "upon", "us", "very", "via",
    "was", "we", "well", "were", "what", "whatever", "when", "whenever", "where", "whereas",
    "whether", "which", "while", "who", "whoever", "whom", "whose", "why", "will", "with",
    "within", "without", "would", "yes", "yesterday", "yet", "you", "your", "yours", "yourself",
};




// Last (or, for storms, first) words that make a capitalised name a place or a thing, never
// a person: "Front Street", "Coromandel Express", "Camp Fire", "Hurricane Dora".
// Keep sorted (a test checks it).
constexpr NameHead kNameHeads[] = {
    {"airport", EntityType::kPlace},     {"avenue", EntityType::kPlace},
    {"bazaar", EntityType::kPlace},      {"bazar", EntityType::kPlace},
    {"blaze", EntityType::kOther},       {"boulevard", EntityType::kPlace},
    {"bridge", EntityType::kPlace},      {"cathedral", EntityType::kPlace},
    {"church", EntityType::kPlace},      {"cyclone", EntityType::kOther},
    {"earthquake", EntityType::kOther},  {"express", EntityType::kOther},
    {"fire", EntityType::kOther},        {"highway", EntityType::kPlace},
    {"hurricane", EntityType::kOther},   {"lane", EntityType::kPlace},
    {"mosque", EntityType::kPlace},      {"quake", EntityType::kOther},
    {"road", EntityType::kPlace},        {"square", EntityType::kPlace},
    {"station", EntityType::kPlace},     {"storm", EntityType::kOther},
    {"street", EntityType::kPlace},      {"superfast", EntityType::kOther},
    {"temple", EntityType::kPlace},      {"tornado", EntityType::kOther},
    {"typhoon", EntityType::kOther},     {"wildfire", EntityType::kOther},
};

// The country a nationality word names: "Ukrainian military" and "Ukraine's army" are one
// body. Keep sorted (a test checks it).
constexpr Nationality kNationalities[] = {
    {"afghan", "Afghanistan"},
    {"albanian", "Albania"},
    {"algerian", "Algeria"},
    {"american", "United States"},
    {"argentine", "Argentina"},
    {"armenian", "Armenia"},
    {"australian", "Australia"},
    {"austrian", "Austria"},
    {"azerbaijani", "Azerbaijan"},
    {"bangladeshi", "Bangladesh"},
    {"belarusian", "Belarus"},
    {"belgian", "Belgium"},
    {"bosnian", "Bosnia"},
    {"brazilian", "Brazil"},
    {"british", "United Kingdom"},
    {"bulgarian", "Bulgaria"},
    {"burmese", "Myanmar"},
    {"cambodian", "Cambodia"},
    {"canadian", "Canada"},
    {"chilean", "Chile"},
    {"chinese", "China"},
    {"colombian", "Colombia"},
    {"croatian", "Croatia"},
    {"cuban", "Cuba"},
    {"czech", "Czech Republic"},
    {"danish", "Denmark"},
    {"dutch", "Netherlands"},
    {"egyptian", "Egypt"},
    {"emirati", "United Arab Emirates"},
    {"estonian", "Estonia"},
    {"ethiopian", "Ethiopia"},
    {"filipino", "Philippines"},
    {"finnish", "Finland"},
    {"french", "France"},
    {"georgian", "Georgia"},
    {"german", "Germany"},
    {"greek", "Greece"},
    {"hungarian", "Hungary"},
    {"indian", "India"},
    {"indonesian", "Indonesia"},
    {"iranian", "Iran"},
    {"iraqi", "Iraq"},
    {"irish", "Ireland"},
    {"israeli", "Israel"},
    {"italian", "Italy"},
    {"japanese", "Japan"},
    {"jordanian", "Jordan"},
    {"kazakh", "Kazakhstan"},
    {"kenyan", "Kenya"},
    {"latvian", "Latvia"},
    {"lebanese", "Lebanon"},
    {"libyan", "Libya"},
    {"lithuanian", "Lithuania"},
    {"malaysian", "Malaysia"},
    {"mexican", "Mexico"},
    {"moldovan", "Moldova"},
    {"mongolian", "Mongolia"},
    {"moroccan", "Morocco"},
    {"nepali", "Nepal"},
    {"nigerian", "Nigeria"},
    {"norwegian", "Norway"},
    {"pakistani", "Pakistan"},
    {"palestinian", "Palestine"},
    {"polish", "Poland"},
    {"portuguese", "Portugal"},
    {"qatari", "Qatar"},
    {"romanian", "Romania"},
    {"russian", "Russia"},
    {"saudi", "Saudi Arabia"},
    {"serbian", "Serbia"},
    {"singaporean", "Singapore"},
    {"slovak", "Slovakia"},
    {"slovenian", "Slovenia"},
    {"spanish", "Spain"},
    {"sudanese", "Sudan"},
    {"swedish", "Sweden"},
    {"swiss", "Switzerland"},
    {"syrian", "Syria"},
    {"taiwanese", "Taiwan"},
    {"thai", "Thailand"},
    {"tunisian", "Tunisia"},
    {"turkish", "Turkey"},
    {"u.k.", "United Kingdom"},
    {"u.s.", "United States"},
    {"uk", "United Kingdom"},
    {"ukrainian", "Ukraine"},
    {"us", "United States"},
    {"uzbek", "Uzbekistan"},
    {"venezuelan", "Venezuela"},
    {"vietnamese", "Vietnam"},
    {"yemeni", "Yemen"},
};

// Words of an institution's name that say the same thing: "army", "military", "armed
// forces" (the key compared is the right-hand side). Keep sorted (a test checks it).
constexpr Synonym kInstitutionSynonyms[] = {
    {"armed forces", "military"}, {"army", "military"}, {"defence", "defense"},
    {"forces", "military"},       {"govt", "government"}, {"troops", "military"}};

// Words that say whether a person is a man or a woman: titles ("Mrs.") and common first
// names of the news, across languages. Names used for both (Jean, Andrea, Kim) are left
// out: an unknown gender fits any pronoun. Keep sorted (a test checks it).
constexpr GenderedWord kGenderedWords[] = {
    {"aaron", Gender::kMale}, {"abdul", Gender::kMale}, {"abdullah", Gender::kMale},
    {"adam", Gender::kMale}, {"adrian", Gender::kMale}, {"ahmed", Gender::kMale},
    {"aisha", Gender::kFemale}, {"ajay", Gender::kMale}, {"akira", Gender::kMale},
    {"alan", Gender::kMale}, {"albert", Gender::kMale}, {"alejandro", Gender::kMale},
    {"aleksandr", Gender::kMale}, {"alexander", Gender::kMale}, {"alexandra", Gender::kFemale},
    {"alexei", Gender::kMale}, {"alfred", Gender::kMale}, {"ali", Gender::kMale},
    {"alice", Gender::kFemale}, {"alicia", Gender::kFemale}, {"amanda", Gender::kFemale},
    {"amit", Gender::kMale}, {"amy", Gender::kFemale}, {"ana", Gender::kFemale},
    {"anatoly", Gender::kMale}, {"andrei", Gender::kMale}, {"andrew", Gender::kMale},
    {"angela", Gender::kFemale}, {"angelina", Gender::kFemale}, {"ann", Gender::kFemale},
    {"anna", Gender::kFemale}, {"annalena", Gender::kFemale}, {"anne", Gender::kFemale},
    {"anthony", Gender::kMale}, {"antonio", Gender::kMale}, {"archana", Gender::kFemale},
    {"arnold", Gender::kMale}, {"arthur", Gender::kMale}, {"ashwini", Gender::kMale},
    {"barack", Gender::kMale}, {"barbara", Gender::kFemale}, {"benjamin", Gender::kMale},
    {"bernard", Gender::kMale}, {"betty", Gender::kFemale}, {"bill", Gender::kMale},
    {"bob", Gender::kMale}, {"boris", Gender::kMale}, {"brenda", Gender::kFemale},
    {"brian", Gender::kMale}, {"bruce", Gender::kMale}, {"carl", Gender::kMale},
    {"carlos", Gender::kMale}, {"carmen", Gender::kFemale}, {"carol", Gender::kFemale},
    {"caroline", Gender::kFemale}, {"catherine", Gender::kFemale}, {"charles", Gender::kMale},
    {"charlotte", Gender::kFemale}, {"chris", Gender::kMale}, {"christine", Gender::kFemale},
    {"christopher", Gender::kMale}, {"claire", Gender::kFemale}, {"claudia", Gender::kFemale},
    {"cynthia", Gender::kFemale}, {"dame", Gender::kFemale}, {"daniel", Gender::kMale},
    {"david", Gender::kMale}, {"deborah", Gender::kFemale}, {"dennis", Gender::kMale},
    {"diana", Gender::kFemale}, {"dmitry", Gender::kMale}, {"donald", Gender::kMale},
    {"donna", Gender::kFemale}, {"dorothy", Gender::kFemale}, {"douglas", Gender::kMale},
    {"duchess", Gender::kFemale}, {"duke", Gender::kMale}, {"edward", Gender::kMale},
    {"elena", Gender::kFemale}, {"elisabeth", Gender::kFemale}, {"elizabeth", Gender::kFemale},
    {"ellen", Gender::kFemale}, {"emily", Gender::kFemale}, {"emma", Gender::kFemale},
    {"emmanuel", Gender::kMale}, {"eric", Gender::kMale}, {"ernesto", Gender::kMale},
    {"evgeny", Gender::kMale}, {"fatima", Gender::kFemale}, {"fernando", Gender::kMale},
    {"francesca", Gender::kFemale}, {"francis", Gender::kMale}, {"frank", Gender::kMale},
    {"fred", Gender::kMale}, {"gary", Gender::kMale}, {"george", Gender::kMale},
    {"gerald", Gender::kMale}, {"gerhard", Gender::kMale}, {"giorgia", Gender::kFemale},
    {"giorgio", Gender::kMale}, {"gordon", Gender::kMale}, {"gregory", Gender::kMale},
    {"hannah", Gender::kFemale}, {"hans", Gender::kMale}, {"harold", Gender::kMale},
    {"harry", Gender::kMale}, {"hassan", Gender::kMale}, {"helen", Gender::kFemale},
    {"henry", Gender::kMale}, {"hillary", Gender::kFemale}, {"hugo", Gender::kMale},
    {"ibrahim", Gender::kMale}, {"igor", Gender::kMale}, {"ingrid", Gender::kFemale},
    {"irene", Gender::kFemale}, {"isabel", Gender::kFemale}, {"ivan", Gender::kMale},
    {"jack", Gender::kMale}, {"jacob", Gender::kMale}, {"jacqueline", Gender::kFemale},
    {"james", Gender::kMale}, {"jane", Gender::kFemale}, {"janet", Gender::kFemale},
    {"jason", Gender::kMale}, {"javier", Gender::kMale}, {"jeffrey", Gender::kMale},
    {"jennifer", Gender::kFemale}, {"jerome", Gender::kMale}, {"jessica", Gender::kFemale},
    {"jim", Gender::kMale}, {"joan", Gender::kFemale}, {"joe", Gender::kMale},
    {"john", Gender::kMale}, {"jonathan", Gender::kMale}, {"jorge", Gender::kMale},
    {"jose", Gender::kMale}, {"joseph", Gender::kMale}, {"joyce", Gender::kFemale},
    {"juan", Gender::kMale}, {"judith", Gender::kFemale}, {"julia", Gender::kFemale},
    {"julie", Gender::kFemale}, {"justin", Gender::kMale}, {"kamala", Gender::kFemale},
    {"karen", Gender::kFemale}, {"karl", Gender::kMale}, {"katherine", Gender::kFemale},
    {"kathleen", Gender::kFemale}, {"keith", Gender::kMale}, {"kenneth", Gender::kMale},
    {"kevin", Gender::kMale}, {"khalid", Gender::kMale}, {"king", Gender::kMale},
    {"kyrylo", Gender::kMale}, {"lady", Gender::kFemale}, {"larry", Gender::kMale},
    {"laura", Gender::kFemale}, {"laurent", Gender::kMale}, {"lee", Gender::kMale},
    {"linda", Gender::kFemale}, {"lisa", Gender::kFemale}, {"lloyd", Gender::kMale},
    {"lord", Gender::kMale}, {"luis", Gender::kMale}, {"luke", Gender::kMale},
    {"madam", Gender::kFemale}, {"manuel", Gender::kMale}, {"marco", Gender::kMale},
    {"margaret", Gender::kFemale}, {"maria", Gender::kFemale}, {"marie", Gender::kFemale},
    {"marine", Gender::kFemale}, {"mark", Gender::kMale}, {"marta", Gender::kFemale},
    {"martin", Gender::kMale}, {"mary", Gender::kFemale}, {"matthew", Gender::kMale},
    {"melissa", Gender::kFemale}, {"michael", Gender::kMale}, {"michelle", Gender::kFemale},
    {"mikhail", Gender::kMale}, {"miss", Gender::kFemale}, {"mister", Gender::kMale},
    {"mohammed", Gender::kMale}, {"monica", Gender::kFemale}, {"mr", Gender::kMale},
    {"mrs", Gender::kFemale}, {"ms", Gender::kFemale}, {"muhammad", Gender::kMale},
    {"nadia", Gender::kFemale}, {"nancy", Gender::kFemale}, {"narendra", Gender::kMale},
    {"natalia", Gender::kFemale}, {"natalya", Gender::kFemale}, {"nicholas", Gender::kMale},
    {"nicole", Gender::kFemale}, {"nikolai", Gender::kMale}, {"nirmala", Gender::kFemale},
    {"olaf", Gender::kMale}, {"olena", Gender::kFemale}, {"olga", Gender::kFemale},
    {"olivier", Gender::kMale}, {"omar", Gender::kMale}, {"oscar", Gender::kMale},
    {"pamela", Gender::kFemale}, {"patricia", Gender::kFemale}, {"patrick", Gender::kMale},
    {"paul", Gender::kMale}, {"pedro", Gender::kMale}, {"peter", Gender::kMale},
    {"philippe", Gender::kMale}, {"pierre", Gender::kMale}, {"prince", Gender::kMale},
    {"princess", Gender::kFemale}, {"priya", Gender::kFemale}, {"queen", Gender::kFemale},
    {"rachel", Gender::kFemale}, {"rahul", Gender::kMale}, {"rajesh", Gender::kMale},
    {"ravi", Gender::kMale}, {"raymond", Gender::kMale}, {"rebecca", Gender::kFemale},
    {"richard", Gender::kMale}, {"robert", Gender::kMale}, {"roger", Gender::kMale},
    {"ronald", Gender::kMale}, {"ruth", Gender::kFemale}, {"ryan", Gender::kMale},
    {"salman", Gender::kMale}, {"samuel", Gender::kMale}, {"sandra", Gender::kFemale},
    {"sarah", Gender::kFemale}, {"scott", Gender::kMale}, {"sergei", Gender::kMale},
    {"sergey", Gender::kMale}, {"sharon", Gender::kFemale}, {"sir", Gender::kMale},
    {"sophie", Gender::kFemale}, {"stephen", Gender::kMale}, {"steven", Gender::kMale},
    {"susan", Gender::kFemale}, {"svetlana", Gender::kFemale}, {"tatiana", Gender::kFemale},
    {"teresa", Gender::kFemale}, {"thomas", Gender::kMale}, {"tiffany", Gender::kFemale},
    {"timothy", Gender::kMale}, {"tom", Gender::kMale}, {"ursula", Gender::kFemale},
    {"valerie", Gender::kFemale}, {"victoria", Gender::kFemale}, {"vijay", Gender::kMale},
    {"viktor", Gender::kMale}, {"virginia", Gender::kFemale}, {"vladimir", Gender::kMale},
    {"volodymyr", Gender::kMale}, {"walter", Gender::kMale}, {"william", Gender::kMale},
    {"xi", Gender::kMale}, {"yulia", Gender::kFemale}, {"yuri", Gender::kMale},
};

// Role words that name the same kind of role: "the lawmaker" refers back to "Senator X".
// The class is a word of its own. Keep sorted (a test checks it).
constexpr Synonym kRoleClasses[] = {
    {"assemblyman", "lawmaker"},   {"assemblywoman", "lawmaker"}, {"congressman", "lawmaker"},
    {"congresswoman", "lawmaker"}, {"councillor", "lawmaker"},    {"councilman", "lawmaker"},
    {"councilor", "lawmaker"},     {"councilwoman", "lawmaker"},  {"legislator", "lawmaker"},
    {"mp", "lawmaker"},            {"parliamentarian", "lawmaker"}, {"representative", "lawmaker"},
    {"senator", "lawmaker"},       {"spokesman", "spokesperson"}, {"spokeswoman", "spokesperson"},
};

// The kind of body a noun names, in a description ("the company said") or in a name
// ("Varnholm Transport Union"): "the company" refers back to no ministry or union, "the
// ministry" to no agency. Nouns that name several kinds ("bank", "council", "group") are
// left out. Keep sorted (a test checks it).
constexpr Synonym kOrganisationKinds[] = {
    {"agency", "agency"},        {"airline", "company"},       {"airlines", "company"},
    {"army", "military"},        {"authority", "agency"},      {"brigade", "emergency"},
    {"broadcaster", "media"},    {"carrier", "company"},       {"commission", "agency"},
    {"company", "company"},      {"confederation", "union"},   {"corporation", "company"},
    {"court", "court"},          {"department", "government"}, {"embassy", "government"},
    {"federation", "union"},     {"firm", "company"},          {"government", "government"},
    {"holdings", "company"},     {"industries", "company"},    {"insurer", "company"},
    {"lender", "company"},       {"logistics", "company"},     {"maker", "company"},
    {"manufacturer", "company"}, {"military", "military"},     {"ministry", "government"},
    {"motors", "company"},       {"navy", "military"},         {"newspaper", "media"},
    {"operator", "company"},     {"party", "party"},           {"police", "police"},
    {"retailer", "company"},     {"union", "union"},           {"university", "university"},
};

// A company's legal form, left out when names are compared ("Norvik Motors Inc." and
// "Norvik Motors"). Keep sorted (a test checks it).
constexpr std::string_view kCompanySuffixes[] = {
    "ag", "co", "co.", "corp", "corp.", "corporation", "gmbh", "inc", "inc.", "llc", "ltd",
    "ltd.", "nv", "plc", "s.a.", "sa", "spa",
};

// Words that open a clause: the subject of "X appeared on television and said" stands
// after one of them (or at the sentence's start). Keep sorted (a test checks it).
constexpr std::string_view kClauseOpeners[] = {
    "after", "although", "and", "as", "because", "before", "but", "so", "then", "though", "when",
    "whereas", "while", "yet",
};

// Prepositions and verbs after which a name is an object, not the sentence's subject: "he"
// does not refer back to Jones in "Lee sued Jones." or "the ruling against Jones".
// Keep sorted (a test checks it).
constexpr std::string_view kObjectLeads[] = {
    "about", "against", "among", "at", "beside", "between", "by", "for", "from", "in", "into",
    "like", "of", "on", "over", "than", "that", "to", "toward", "towards", "under", "with",
    "without",
};

// Words that open a set-off adverbial between an inverted reporting verb and its subject:
// "..., acknowledged, Thursday evening, on RTL, the minister". Keep sorted (a test checks it).
constexpr std::string_view kAdverbialLeads[] = {
    "after", "at", "before", "during", "earlier", "early", "from", "in", "late", "later", "on",
    "speaking", "this", "via", "when", "while",
};

// News agencies and wire services: "— Reuters" after a paragraph credits the copy, it does
// not attribute the words before it. Folded canonical names. Keep sorted (a test checks it).
constexpr std::string_view kNewsAgencies[] = {
    "afp", "agence france-presse", "ani", "ansa", "ap", "associated press", "bloomberg",
    "bloomberg news", "dpa", "efe", "ians", "interfax", "kyodo", "kyodo news", "pti", "reuters",
    "ria novosti", "tass", "upi", "xinhua", "yonhap",
};

// Nouns of speech: a possessor's noun introducing a quotation is its speaker's ("Varga’s
// warning that “…”", "her pledge to “…”", "the minister’s promise: “…”").
constexpr std::string_view kSpeechNouns[] = {
    "accusation", "accusations", "admission", "assertion", "assertions", "boast", "boasts",
    "claim", "claims", "comment", "comments", "complaint", "criticism", "declaration", "denial",
    "description", "insistence", "message", "plea", "pledge", "pledges", "promise", "promises",
    "remark", "remarks", "statement", "statements", "threat", "vow", "vows", "warning",
    "warnings", "words",
};

// Possessive pronouns and the subject pronoun each stands for: "her claim" is what "she"
// would say.
constexpr PossessivePronoun kPossessivePronouns[] = {
    {"her", "she"},
    {"his", "he"},
    {"its", "it"},
    {"their", "they"},
};

}  // namespace

const ReportingVerb* find_reporting_verb(std::string_view folded) {
  return find_row_of<kReportingVerbs, &ReportingVerb::form>(folded);
}
std::span<const ReportingVerb> reporting_verbs() { return kReportingVerbs; }

const TitleWord* find_title(std::string_view folded) { return find_by_word<kTitles>(folded); }
std::span<const TitleWord> titles() { return kTitles; }

const RoleNoun* find_role_noun(std::string_view folded) { return find_by_word<kRoleNouns>(folded); }
std::span<const RoleNoun> role_nouns() { return kRoleNouns; }

const DeterminerWord* find_determiner(std::string_view folded) {
  return find_by_word<kDeterminers>(folded);
}
std::span<const DeterminerWord> determiners() { return kDeterminers; }

const PronounWord* find_pronoun(std::string_view folded) { return find_by_word<kPronouns>(folded); }
std::span<const PronounWord> pronouns() { return kPronouns; }

const Alias* find_alias(std::string_view folded_phrase) {
  return find_row_of<kAliases, &Alias::phrase>(folded_phrase);
}
std::span<const Alias> aliases() { return kAliases; }

bool starts_multiword_alias(std::string_view folded_word) {
  static const KeyIndex first_words = [] {
    std::vector<std::string_view> keys;
    for (const Alias& a : kAliases) {
      const size_t space = a.phrase.find(' ');
      if (space != std::string_view::npos) keys.push_back(a.phrase.substr(0, space));
    }
    return KeyIndex(std::move(keys));
  }();
  return first_words.find(folded_word) >= 0;
}

bool starts_multiword_place(std::string_view folded_word) {
  static const KeyIndex first_words = [] {
    std::vector<std::string_view> keys;
    for (std::string_view place : kPlaces) {
      const size_t space = place.find(' ');
      if (space != std::string_view::npos) keys.push_back(place.substr(0, space));
    }
    return KeyIndex(std::move(keys));
  }();
  return first_words.find(folded_word) >= 0;
}

bool is_subject_skip(std::string_view w) { return in_table<kSubjectSkips>(w); }
bool is_name_suffix(std::string_view w) { return in_table<kNameSuffixes>(w); }
bool is_name_connector(std::string_view w) { return in_table<kNameConnectors>(w); }
bool is_organization_cue(std::string_view w) { return in_table<kOrganizationCues>(w); }
bool is_place_cue(std::string_view w) { return in_table<kPlaceCues>(w); }
bool is_place(std::string_view w) { return in_table<kPlaces>(w); }
bool is_demonym(std::string_view w) { return in_table<kDemonyms>(w); }
bool is_non_name(std::string_view w) { return in_table<kNonNames>(w); }
bool is_term_abbreviation(std::string_view w) { return in_table<kTermAbbreviations>(w); }
const NameHead* find_name_head(std::string_view folded) {
  return find_by_word<kNameHeads>(folded);
}
std::span<const NameHead> name_heads() { return kNameHeads; }
std::string_view country_of_nationality(std::string_view folded) {
  const Nationality* row = find_row_of<kNationalities, &Nationality::adjective>(folded);
  return row ? row->country : std::string_view();
}
std::span<const Nationality> nationalities() { return kNationalities; }
std::span<const Synonym> institution_synonyms() { return kInstitutionSynonyms; }
Gender gender_of_word(std::string_view folded) {
  const GenderedWord* row = find_by_word<kGenderedWords>(folded);
  return row ? row->gender : Gender::kUnknown;
}
std::span<const GenderedWord> gendered_words() { return kGenderedWords; }
std::string_view role_class(std::string_view folded) {
  const Synonym* row = find_row_of<kRoleClasses, &Synonym::phrase>(folded);
  return row ? row->same_as : std::string_view();
}
std::span<const Synonym> role_classes() { return kRoleClasses; }
std::string_view organisation_kind(std::string_view folded) {
  if (is_company_suffix(folded)) return "company";
  const Synonym* row = find_row_of<kOrganisationKinds, &Synonym::phrase>(folded);
  return row ? row->same_as : std::string_view();
}
std::span<const Synonym> organisation_kinds() { return kOrganisationKinds; }
bool is_company_suffix(std::string_view w) { return in_table<kCompanySuffixes>(w); }
std::span<const std::string_view> company_suffixes() { return kCompanySuffixes; }
bool is_clause_opener(std::string_view w) { return in_table<kClauseOpeners>(w); }
bool is_object_lead(std::string_view w) { return in_table<kObjectLeads>(w); }
bool is_adverbial_lead(std::string_view w) { return in_table<kAdverbialLeads>(w); }
bool is_news_agency(std::string_view w) { return in_table<kNewsAgencies>(w); }
bool is_speech_noun(std::string_view w) { return in_table<kSpeechNouns>(w); }
std::span<const std::string_view> speech_nouns() { return kSpeechNouns; }
const PronounWord* subject_of_possessive(std::string_view folded) {
  const PossessivePronoun* row = find_by_word<kPossessivePronouns>(folded);
  return row ? find_pronoun(row->subject) : nullptr;
}
std::span<const PossessivePronoun> possessive_pronouns() { return kPossessivePronouns; }

std::span<const std::string_view> subject_skips() { return kSubjectSkips; }
std::span<const std::string_view> name_suffixes() { return kNameSuffixes; }
std::span<const std::string_view> name_connectors() { return kNameConnectors; }
std::span<const std::string_view> organization_cues() { return kOrganizationCues; }
std::span<const std::string_view> place_cues() { return kPlaceCues; }
std::span<const std::string_view> places() { return kPlaces; }
std::span<const std::string_view> demonyms() { return kDemonyms; }
std::span<const std::string_view> non_names() { return kNonNames; }
std::span<const std::string_view> clause_openers() { return kClauseOpeners; }
std::span<const std::string_view> object_leads() { return kObjectLeads; }
std::span<const std::string_view> adverbial_leads() { return kAdverbialLeads; }
std::span<const std::string_view> news_agencies() { return kNewsAgencies; }

}  // namespace parallax::lexicon
