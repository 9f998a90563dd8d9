package demo

import "github.com/rastro-project/rastro"

// Indexes into incidentRows, used by the other tables.
const (
	incAndahuaylas11 = iota
	incAndahuaylas12
	incChincheros
	incAyacucho
	incJuliaca
)

// incidentRow is one synthetic incident. Every act in it involves the units
// in present (role present) and, when the harm came from live ammunition, the
// unit in shooter (role shooter) when the records identify one.
type incidentRow struct {
	date            string
	ubigeo          string
	title           string
	description     string
	warning         rastro.Tri
	lessLethalFirst rastro.Tri
	present         []string
	shooter         string
	articlePara     int // paragraph of the article the incident is cited to
}

var incidentRows = []incidentRow{
	incAndahuaylas11: {"2022-12-11", "030201", "SYNTHETIC — Andahuaylas, 11 December 2022: police fire on protesters near the airfield",
		"Invented demo incident. Police disperse a march towards the airfield with tear gas, pellets and live ammunition; two people die.",
		rastro.No, rastro.Unknown, []string{"rp_apurimac"}, "", 13},
	incAndahuaylas12: {"2022-12-12", "030201", "SYNTHETIC — Andahuaylas, 12 December 2022: special operations police shoot protesters in the city",
		"Invented demo incident. Special operations police reinforce the regional police; a protester fleeing is shot in the head.",
		rastro.Unknown, rastro.Yes, []string{"rp_apurimac", "diroes"}, "diroes", 13},
	incChincheros: {"2022-12-12", "030601", "SYNTHETIC — Chincheros, 12 December 2022: police clear a road blockade",
		"Invented demo incident. Police clear a blockade on the main road; one man is shot, another hit by a tear-gas canister.",
		rastro.No, rastro.No, []string{"rp_apurimac"}, "", 13},
	incAyacucho: {"2022-12-15", "050101", "SYNTHETIC — Ayacucho (Huamanga), 15 December 2022: soldiers fire on protesters near the airport",
		"Invented demo incident. Army troops of a joint task force guard the airport and fire on people in the surrounding streets.",
		rastro.No, rastro.Unknown, []string{"rp_ayacucho"}, "bat951", 13},
	incJuliaca: {"2023-01-09", "211101", "SYNTHETIC — Juliaca, 9 January 2023: mass shooting of protesters near the airport",
		"Invented demo incident modelled on the figures reported for Juliaca: at least 15 people killed by live ammunition and many injured, while only two special operations agents reported firing four 7.62 rounds.",
		rastro.No, rastro.Unknown, []string{"diroes", "use_puno"}, "", 16},
}

// caseRow is one victim and what happened to them. people: "Q" Quechua, "A"
// Aymara, "M" mestizo, "" not recorded. regions: H head, N neck, C chest,
// A abdomen, B back, P pelvis, U upper limb, L lower limb. note says, for the
// killed who do not meet all three extrajudicial-execution indicators, which
// one is missing and why.
type caseRow struct {
	incident   int
	name       string
	sex        rastro.Sex
	age        int
	home       string
	people     string
	occupation string
	activity   rastro.Activity
	typ        rastro.ActType
	munition   rastro.Munition
	regions    string
	entry      rastro.EntrySide
	distance   rastro.Distance
	threat     rastro.Tri
	calibre    string
	note       string
}

const (
	F = rastro.SexFemale
	M = rastro.SexMale

	killed  = rastro.ActKilled
	injured = rastro.ActInjured

	live    = rastro.MunitionLive
	pellets = rastro.MunitionPellets
	rubber  = rastro.MunitionRubber
	gas     = rastro.MunitionTearGas
	blunt   = rastro.MunitionBlunt

	protesting = rastro.ActivityProtesting
	observing  = rastro.ActivityObserving
	passing    = rastro.ActivityPassingBy
	helping    = rastro.ActivityHelping
	fleeing    = rastro.ActivityFleeing
	medic      = rastro.ActivityMedical

	front = rastro.EntryFront
	back  = rastro.EntryBack
	side  = rastro.EntryLateral

	closeRange = rastro.DistanceClose
	medium     = rastro.DistanceMedium
	long       = rastro.DistanceLong
	unknownD   = rastro.DistanceUnknown

	no  = rastro.No
	unk = rastro.Unknown
)

var caseRows = []caseRow{
	// Andahuaylas, 11 December 2022: 2 killed, 4 injured.
	{incAndahuaylas11, "Teófilo Huarcaya Ccori", M, 34, "030209", "Q", "farmer (campesino)", protesting, killed, live, "C", front, medium, no, "7.62 mm", ""},
	{incAndahuaylas11, "Wilmer Ñaupa Taipe", M, 17, "030207", "Q", "secondary-school student", observing, killed, live, "L", front, long, no, "", "wound to the thigh only: no wound to head, neck, chest or abdomen"},
	{incAndahuaylas11, "Rosa Ccahuana Pillaca", F, 41, "030216", "Q", "market trader", protesting, injured, live, "L", front, medium, no, "", ""},
	{incAndahuaylas11, "Edgar Yauri Sulca", M, 22, "030213", "Q", "university student", protesting, injured, rubber, "U", front, closeRange, no, "", ""},
	{incAndahuaylas11, "Fortunato Ancco Huamán", M, 58, "030209", "Q", "farmer (campesino)", fleeing, injured, pellets, "B", back, medium, no, "", ""},
	{incAndahuaylas11, "Nilda Tito Quispe", F, 29, "030201", "Q", "street vendor", passing, injured, gas, "U", unknownSide, unknownD, no, "", ""},

	// Andahuaylas, 12 December 2022: 1 killed, 3 injured.
	{incAndahuaylas12, "Américo Cconislla Vilca", M, 19, "030213", "Q", "construction worker", fleeing, killed, live, "H", back, long, no, "7.62 mm", ""},
	{incAndahuaylas12, "Yeny Huarancca Palomino", F, 26, "030216", "Q", "shop assistant", protesting, injured, live, "A", front, medium, no, "", ""},
	{incAndahuaylas12, "Clever Ayme Pumacayo", M, 31, "030207", "Q", "farmer (campesino)", protesting, injured, pellets, "C", front, closeRange, no, "", ""},
	{incAndahuaylas12, "Delia Sulca Ccoa", F, 45, "030201", "M", "teacher", observing, injured, rubber, "L", front, medium, no, "", ""},

	// Chincheros, 12 December 2022: 2 killed, 3 injured.
	{incChincheros, "Eusebio Cusi Huarcaya", M, 27, "030604", "Q", "farmer (campesino)", observing, killed, live, "A", front, medium, no, "", ""},
	{incChincheros, "Saturnino Pari Layme", M, 50, "030605", "Q", "farmer (campesino)", protesting, killed, gas, "H", front, closeRange, no, "", "killed by a tear-gas canister, not by live ammunition"},
	{incChincheros, "Vilma Taipe Ñaupa", F, 38, "030602", "Q", "farmer (campesina)", protesting, injured, pellets, "U", front, medium, no, "", ""},
	{incChincheros, "Darwin Huamán Yupanqui", M, 16, "030601", "Q", "secondary-school student", passing, injured, live, "U", side, long, no, "", ""},
	{incChincheros, "Elmer Ccori Cusi", M, 33, "030604", "Q", "mototaxi driver", protesting, injured, blunt, "H", unknownSide, closeRange, no, "", ""},

	// Ayacucho (Huamanga), 15 December 2022: 3 killed, 5 injured.
	{incAyacucho, "Jhon Pillaca Ccahuana", M, 20, "050114", "Q", "university student", helping, killed, live, "C", front, medium, no, "5.56 mm", ""},
	{incAyacucho, "Hilda Yupanqui Ancco", F, 32, "050112", "Q", "street vendor", passing, killed, live, "N", side, long, no, "5.56 mm", ""},
	{incAyacucho, "Percy Huamán Taipe", M, 24, "050101", "M", "mechanic", protesting, killed, live, "C", front, medium, unk, "", "threat not established: a military report says he threw stones at troops, two witnesses deny it"},
	{incAyacucho, "Roger Sulca Yauri", M, 36, "050103", "Q", "farmer (campesino)", protesting, injured, live, "L", front, long, no, "", ""},
	{incAyacucho, "Flor Vilca Ccoa", F, 21, "050104", "Q", "university student", observing, injured, live, "U", side, medium, no, "", ""},
	{incAyacucho, "Alex Taipe Huarancca", M, 15, "050108", "Q", "secondary-school student", passing, injured, live, "C", front, long, no, "", ""},
	{incAyacucho, "Eleuterio Ccoa Pillaca", M, 62, "050114", "Q", "farmer (campesino)", protesting, injured, pellets, "B", back, medium, no, "", ""},
	{incAyacucho, "Ruth Ayme Sulca", F, 28, "050101", "M", "nurse", helping, injured, rubber, "U", front, closeRange, no, "", ""},

	// Juliaca, 9 January 2023: 17 killed, 12 injured.
	{incJuliaca, "Wilber Mamani Choque", M, 23, "211101", "Q", "mototaxi driver", protesting, killed, live, "C", front, long, no, "7.62 mm", ""},
	{incJuliaca, "Yony Condori Apaza", M, 17, "211104", "Q", "secondary-school student", protesting, killed, live, "H", front, long, no, "7.62 mm", ""},
	{incJuliaca, "Nelly Ticona Calsina", F, 31, "210501", "A", "market trader", observing, killed, live, "A", front, medium, no, "", ""},
	{incJuliaca, "Fidel Quispe Limachi", M, 44, "210102", "A", "farmer (campesino)", protesting, killed, live, "C", front, medium, no, "7.62 mm", ""},
	{incJuliaca, "Edwin Choque Coaquira", M, 19, "211101", "Q", "construction worker", helping, killed, live, "N", side, medium, no, "7.62 mm", ""},
	{incJuliaca, "Juana Huanca Cutipa", F, 52, "210401", "A", "street vendor", passing, killed, live, "C", back, long, no, "", ""},
	{incJuliaca, "Marcelino Apaza Chura", M, 38, "210201", "Q", "farmer (campesino)", protesting, killed, live, "H", front, long, no, "7.62 mm", ""},
	{incJuliaca, "Brayan Calsina Mamani", M, 16, "211105", "Q", "secondary-school student", observing, killed, live, "C", front, medium, no, "", ""},
	{incJuliaca, "Alcides Layme Condori", M, 27, "210504", "A", "herder (campesino)", protesting, killed, live, "A", front, medium, no, "7.62 mm", ""},
	{incJuliaca, "Gerson Coaquira Ticona", M, 22, "211101", "Q", "medical student", medic, killed, live, "C", side, medium, no, "9 mm", ""},
	{incJuliaca, "Wilfredo Limachi Huanca", M, 35, "210701", "Q", "bricklayer", protesting, killed, live, "H", front, long, no, "", ""},
	{incJuliaca, "Santos Cutipa Sucasaca", M, 48, "210901", "A", "farmer (campesino)", passing, killed, live, "C", back, long, no, "7.62 mm", ""},
	{incJuliaca, "Eloy Sucasaca Quispe", M, 30, "211103", "Q", "driver", protesting, killed, live, "A", front, medium, no, "", ""},
	{incJuliaca, "Rudy Chura Alanoca", M, 25, "210501", "A", "artisan", observing, killed, live, "N", front, medium, no, "7.62 mm", ""},
	{incJuliaca, "Julián Alanoca Callata", M, 41, "211104", "Q", "farmer (campesino)", protesting, killed, live, "C", front, long, no, "7.62 mm", ""},
	{incJuliaca, "Valentín Callata Pari", M, 33, "210102", "A", "farmer (campesino)", protesting, killed, pellets, "HN", front, closeRange, no, "", "killed by pellets fired at the head and neck, not by live ammunition"},
	{incJuliaca, "Rolando Quispe Mamani", M, 29, "211101", "Q", "mototaxi driver", fleeing, killed, blunt, "H", unknownSide, closeRange, no, "", "killed by blows to the head (blunt force), not by live ammunition"},
	{incJuliaca, "Maribel Mamani Condori", F, 24, "211101", "Q", "shop assistant", protesting, injured, live, "L", front, long, no, "7.62 mm", ""},
	{incJuliaca, "Teodoro Condori Ticona", M, 55, "210201", "Q", "farmer (campesino)", protesting, injured, live, "L", front, long, no, "", ""},
	{incJuliaca, "Hugo Apaza Layme", M, 15, "211105", "Q", "secondary-school student", passing, injured, live, "L", side, long, no, "", ""},
	{incJuliaca, "Sonia Choque Huanca", F, 37, "210401", "A", "market trader", observing, injured, live, "U", front, medium, no, "", ""},
	{incJuliaca, "Néstor Limachi Apaza", M, 46, "210504", "A", "herder (campesino)", protesting, injured, live, "U", front, medium, no, "", ""},
	{incJuliaca, "Edith Ticona Coaquira", F, 20, "211101", "Q", "university student", helping, injured, live, "A", front, medium, no, "", ""},
	{incJuliaca, "Abel Calsina Cutipa", M, 18, "211104", "Q", "construction worker", protesting, injured, pellets, "H", front, closeRange, no, "", ""},
	{incJuliaca, "Lucio Huanca Apaza", M, 39, "210901", "A", "farmer (campesino)", protesting, injured, pellets, "C", front, medium, no, "", ""},
	{incJuliaca, "Marleni Cutipa Chura", F, 26, "211103", "Q", "domestic worker", fleeing, injured, pellets, "B", back, medium, no, "", ""},
	{incJuliaca, "Isaac Coaquira Limachi", M, 21, "211101", "M", "university student", protesting, injured, gas, "U", unknownSide, unknownD, no, "", ""},
	{incJuliaca, "Ernesto Sucasaca Mamani", M, 43, "210701", "Q", "driver", observing, injured, rubber, "L", front, medium, no, "", ""},
	{incJuliaca, "Pascual Alanoca Quispe", M, 60, "210102", "A", "farmer (campesino)", passing, injured, blunt, "UB", unknownSide, closeRange, no, "", ""},
}

const unknownSide = rastro.EntryUnknown

// regionCodes maps the one-letter codes of caseRow.regions.
var regionCodes = map[rune]rastro.BodyRegion{
	'H': rastro.RegionHead, 'N': rastro.RegionNeck, 'C': rastro.RegionChest, 'A': rastro.RegionAbdomen,
	'B': rastro.RegionBack, 'P': rastro.RegionPelvis, 'U': rastro.RegionUpperLimb, 'L': rastro.RegionLowerLimb,
}
