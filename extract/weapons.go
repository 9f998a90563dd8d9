package extract

import (
	"strings"

	"github.com/rastro-project/rastro"
)

// bodyRegions maps the regions read from text to the domain's.
var bodyRegions = map[string]rastro.BodyRegion{
	"head": rastro.RegionHead, "face": rastro.RegionHead, "eye": rastro.RegionHead, "neck": rastro.RegionNeck,
	"chest": rastro.RegionChest, "lung": rastro.RegionChest, "heart": rastro.RegionChest, "abdomen": rastro.RegionAbdomen,
	"back": rastro.RegionBack, "pelvis": rastro.RegionPelvis, "buttocks": rastro.RegionPelvis,
	"arm": rastro.RegionUpperLimb, "hand": rastro.RegionUpperLimb,
	"leg": rastro.RegionLowerLimb, "thigh": rastro.RegionLowerLimb, "foot": rastro.RegionLowerLimb,
	"shoulder": rastro.RegionUpperLimb, "elbow": rastro.RegionUpperLimb, "forearm": rastro.RegionUpperLimb,
	"wrist": rastro.RegionUpperLimb, "knee": rastro.RegionLowerLimb, "ankle": rastro.RegionLowerLimb,
	"jaw": rastro.RegionHead, "ear": rastro.RegionHead, "nose": rastro.RegionHead,
}

// munitions maps weapon names to the domain's munition types.
var munitions = map[string]rastro.Munition{
	"live ammunition": rastro.MunitionLive, "pellets": rastro.MunitionPellets, "rubber bullets": rastro.MunitionRubber,
	"tear gas": rastro.MunitionTearGas, "batons": rastro.MunitionBlunt,
}

var weaponLex = func() *lexicon[WeaponData] {
	l := newLexicon[WeaponData]()
	fire := func(name, model string, phrases ...string) {
		l.add(WeaponData{Name: name, Type: "firearm", Model: model, Lethal: true}, phrases...)
	}
	fire("AKM rifle", "AKM", "AKM rifles", "AKM rifle", "fusiles AKM", "fusil AKM", "AKM")
	fire("AK-47 rifle", "AK-47", "AK-47 rifles", "AK-47 rifle", "AK-47", "fusiles AK-47", "fusil AK-47")
	fire("FAL rifle", "FAL", "FAL rifles", "fusiles FAL", "fusil FAL")
	fire("Galil rifle", "Galil", "Galil rifles", "Galil rifle", "fusiles Galil", "fusil Galil")
	// A rifle of no named model is a firearm, as the sets name it.
	fire("firearm", "", "rifles", "rifle", "fusiles", "fusil", "assault rifles", "assault rifle", "fusiles de asalto", "fusil de asalto")
	fire("pistol", "", "pistols", "pistol", "pistolas", "pistola", "handguns", "revolver", "revólver")
	fire("firearm", "", "firearms", "firearm", "weapons of fire", "weapon of fire", "arms of fire", "weapons of war", "lethal firearms", "armas de fuego", "arma de fuego", "armas letales", "lethal weapons", "guns",
		// A long gun by its kind ("disparos de arma larga", MT "shots of long
		// weapon") and MT "fire arms" split in two.
		"arma larga", "armas largas", "long weapon", "long weapons", "fire arms", "fire arm")
	fire("shotgun", "", "shotguns", "shotgun", "escopetas", "escopeta")
	ammo := func(name string, lethal bool, phrases ...string) {
		l.add(WeaponData{Name: name, Type: "ammunition", Lethal: lethal}, phrases...)
	}
	ammo("live ammunition", true, "live ammunition", "live rounds", "live fire", "munición real", "munición letal", "munición de guerra",
		"balas reales", "lethal ammunition", "bala", "balas", "bullets", "bullet", "proyectiles de arma de fuego", "proyectil de arma de fuego", "PAF",
		// A firearm's projectile is a bullet: live ammunition, not "firearm".
		"projectile of firearm", "projectiles of firearm", "firearm projectile", "firearm projectiles", "projectiles of firearms",
		"projectile of a firearm", "impact of bullet", "impacts of bullet", "injury of bullet",
		// MT of "proyectil(es) de arma de fuego", word for word.
		"projectile of weapon of fire", "projectiles of weapon of fire", "projectile of arm of fire", "projectiles of arms of fire",
		"projectiles of weapons of fire",
		// A firearm's impacts or wounds are its bullets' ("murieron por
		// impactos de arma de fuego", MT "wounded by impacts of firearm",
		// "impacts of weapon of fire"), as its projectile is. The sets
		// read one "impact of firearm" as the gun (mzv-15, r38d-03).
		"impactos de arma de fuego", "impactos de armas de fuego", "heridas de arma de fuego",
		"impacts of firearm", "impacts of firearms", "impacts of weapon of fire")
	ammo("pellets", false, "pellets", "pellet", "buckshot", "birdshot", "perdigones", "perdigón", "lead pellets", "perdigones de plomo",
		"balines", "balín", "perdigons", "perdigon")
	// A rubber projectile is a rubber bullet whatever its shape is called.
	ammo("rubber bullets", false, "rubber bullets", "balas de goma", "rubber-coated bullets", "rubber bullet", "bala de goma",
		"balines de goma", "balín de goma", "perdigones de goma", "perdigón de goma", "rubber pellets", "proyectiles de goma")
	l.add(WeaponData{Name: "tear gas", Type: "less_lethal"}, "tear gas", "tear-gas", "gases lacrimógenos", "gas lacrimógeno",
		"bombas lacrimógenas", "bomba lacrimógena", "tear gas canisters", "tear gas grenades", "tear bombs", "tear bomb",
		"tear gas canister", "lacrimogenas", "lacrimógenas", "lacrimogena", "lacrimógena",
		// Word for word from "gases lacrimógenos".
		"tear gases", "gases tear", "lachrymogenic gases", "lacrimogenic gases", "lacrimogenous gases", "lacrimogenous gas",
		"lachrymogenous gases", "lachrymogenous gas", "lacrimogenous bombs", "lacrimogenous bomb",
		"lacrimogenic bombs", "lacrimogenic bomb", "lachrymogenic bombs", "lachrymogenic bomb",
		"bombs lacrimogenous", "bomb lacrimogenous", "bomb lacrimógena", "bombs lacrimógenas", "bombs of gas", "bomb of gas",
		// "la policía lanzó gases", "dispersó con gases": gas in a protest is tear gas.
		"gases")
	l.add(WeaponData{Name: "batons", Type: "less_lethal"}, "batons", "baton", "varas", "vara", "porras", "truncheons",
		// Ecuador's and Colombia's word for a police baton: "golpeado con toletes".
		"toletes", "tolete", "bolillos", "bolillo")
	l.add(WeaponData{Name: "stun grenade", Type: "less_lethal"}, "stun grenades", "granadas aturdidoras", "flash-bang grenades")
	l.add(WeaponData{Name: "water cannon", Type: "less_lethal"}, "water cannon", "water cannons", "water-cannon", "cañón de agua",
		"cañones de agua", "carro lanzaaguas", "carros lanzaaguas", "carro lanzaagua", "carros lanzaagua", "camión lanzaaguas",
		"camiones lanzaaguas", "tanqueta lanzaaguas", "tanquetas lanzaaguas",
		// Chile's water-cannon trucks by their common name.
		"guanacos")
	return l
}()

// gunshotWoundLex holds a gunshot wound written without a weapon, bullet
// or projectile word ("gunshot wounds", "heridas por disparo", MT "wounds of
// shot"): the wound is a bullet's, so it gives live ammunition (README,
// settled in round 41), while a shooting verb alone ("shot dead", "recibió
// un disparo", "baleado") names no weapon.
var gunshotWoundLex = func() *lexicon[bool] {
	l := newLexicon[bool]()
	l.add(true, "gunshot wound", "gunshot wounds", "gunshot injury", "gunshot injuries",
		"herida por disparo", "heridas por disparo", "herida por disparos", "heridas por disparos",
		"herida de disparo", "heridas de disparo", "heridas de disparos", "lesiones por disparo", "lesiones por disparos",
		// Machine-translated English, word for word from the Spanish.
		"wound of shot", "wounds of shot", "wounds of shots", "wound by shot", "wounds by shot", "wounds by shots",
		"injuries by shot", "injuries of shot", "injury by shot", "injuries by shots", "wounds of gunshot", "injuries of gunshot")
	return l
}()

var woundLex = func() *lexicon[string] {
	l := newLexicon[string]()
	for region, terms := range map[string][]string{
		// Plurals too, for wounds to many people: "in their faces", "en
		// las cabezas"; MT "cranial traumatisms". Not "heads": "at our
		// heads" is an aim and "who heads the ward" a verb in the sets.
		"head": {"head", "cabeza", "cabezas", "skull", "cráneo", "craneo", "forehead", "frente", "craneano", "craneana", "craneal",
			"encéfalo craneano", "encefalocraneano", "craneoencefálico", "craneoencefalico", "head injury", "cranial"},
		"face":     {"face", "faces", "rostro", "rostros", "cara", "caras"},
		"eye":      {"eye", "eyes", "ojo", "ojos", "ocular", "oculares", "trauma ocular"},
		"neck":     {"neck", "necks", "cuello"},
		"chest":    {"chest", "chests", "thorax", "tórax", "pecho", "ribs", "costillas", "costilla"},
		"abdomen":  {"abdomen", "stomach", "estómago", "vientre"},
		"back":     {"back", "espalda"},
		"arm":      {"arm", "arms", "brazo", "brazos"},
		"hand":     {"hand", "hands", "mano", "manos"},
		"leg":      {"leg", "legs", "pierna", "piernas"},
		"thigh":    {"thigh", "thighs", "muslo", "muslos"},
		"foot":     {"foot", "feet", "pie", "pies"},
		"pelvis":   {"pelvis", "hip", "cadera", "groin", "ingle"},
		"buttocks": {"buttocks", "glúteo", "glúteos", "gluteo", "gluteos", "nalga"},
		"lung":     {"lung", "pulmón", "pulmon"},
		"heart":    {"heart", "corazón", "corazon"},
		// Joints and smaller parts keep their own name; the domain's region
		// is the limb or the head (bodyRegions).
		"shoulder": {"shoulder", "shoulders", "hombro", "hombros"},
		"elbow":    {"elbow", "elbows", "codo", "codos"},
		"forearm":  {"forearm", "forearms", "antebrazo", "antebrazos"},
		"wrist":    {"wrist", "wrists"},
		"knee":     {"knee", "rodilla"},
		"ankle":    {"ankle", "ankles", "tobillo", "tobillos"},
		"jaw":      {"jaw", "mandíbula", "mandibula", "maxilar"},
		"ear":      {"ear", "oreja", "oído", "oido"},
		"nose":     {"nose", "nariz"},
	} {
		l.add(region, terms...)
	}
	return l
}()

// woundContext words make a sentence about wounds, so "head" is a body
// part there and not "the head of the police".
var woundContext = map[string]bool{
	"shot": true, "wound": true, "wounds": true, "wounded": true, "injured": true, "injury": true, "injuries": true,
	"hit": true, "struck": true, "impact": true, "impacts": true, "bullet": true, "bullets": true, "fired": true,
	"gunshot": true, "body": true, "autopsy": true, "pellets": true, "ammunition": true, "vulnerable": true,
	"herido": true, "herida": true, "heridos": true, "heridas": true, "impacto": true, "impactos": true, "bala": true,
	"balas": true, "disparo": true, "disparos": true, "proyectil": true, "perdigones": true, "cuerpo": true,
	"necropsia": true, "autopsia": true, "alcanzado": true, "alcanzada": true, "lesion": true, "lesiones": true,
	"recibio": true, "recibieron": true, "dispararon": true, "pellet": true, "perdigon": true, "atraveso": true,
	"perforo": true, "fractura": true, "fracture": true, "traumatismo": true, "traumatismos": true, "trauma": true,
	"contusion": true, "contusiones": true, "lost": true, "perdio": true,
	// Marks of a beating and the words for it: "bruises in the back",
	// "hematomas en el rostro", "golpes en la cara", "cuts to the face".
	"bruises": true, "bruise": true, "hematomas": true, "hematoma": true, "moretones": true, "morados": true,
	"golpes": true, "golpe": true, "golpeado": true, "golpeados": true, "golpeada": true, "beat": true, "beaten": true,
	"kicked": true, "cuts": true, "fractured": true, "broken": true, "quemaduras": true, "burns": true, "lesions": true,
	"shots": true, "mataron": true,
	// Bullet holes in the dead: "los cuerpos presentaban orificios de
	// entrada en la cabeza".
	"orificio": true, "orificios": true, "cuerpos": true, "bodies": true,
}

// notBodyAfter are words that make a region word something else: "head of",
// "back to", "frente a", "mano de obra".
var notBodyAfter = map[string]map[string]bool{
	// "fired at head height": an aim, not a wound.
	"head":   {"of": true, "office": true, "quarters": true, "height": true},
	"back":   {"to": true, "in": true, "from": true, "then": true, "home": true},
	"frente": {"a": true, "al": true, "de": true, "del": true},
	"mano":   {"de": true, "dura": true},
	"manos":  {"de": true, "arriba": true, "en": true},
	// "kneeling with our hands up": a gesture, not a wound.
	"hands":  {"up": true, "raised": true},
	"cabeza": {"de": true, "del": true},
	// "a mural with the faces of the dead": a likeness, not a wound.
	"faces": {"of": true},
	"pie":   {"de": true},
	// "shoulder to shoulder", "hombro a hombro", "codo a codo".
	"shoulder":  {"to": true},
	"shoulders": {"to": true},
	"hombro":    {"a": true, "con": true},
	"codo":      {"a": true, "con": true},
}

func (d *doc) findWeaponsAndWounds() {
	for _, p := range d.paras {
		// A region or a weapon is claimed once a paragraph: "struck in the
		// head … a fractured skull" is one wound to the head, "answered
		// with bullets … wounded by firearm projectile" one weapon.
		seen, armed := map[string]bool{}, map[string]bool{}
		for _, s := range p.sentences {
			// A sentence is about wounds when a word of harm or a weapon
			// stands in it: "lost an eye to a tear gas canister".
			woundy := false
			for k, t := range s {
				if _, _, ok := weaponLex.match(s, k); ok || woundContext[t.Norm] {
					woundy = true
					break
				}
			}
			for i := 0; i < len(s); i++ {
				if w, end, ok := weaponLex.match(s, i); ok {
					if w.Lethal && negatedBefore(s, i) {
						i = end - 1
						continue // "non-lethal weapons", MT "non lethal ammunition": no lethal weapon
					}
					if w.Model != "" && !strings.Contains(d.text[s[i].Start:s[end-1].End], w.Model) {
						continue // "akm" in lower case is not the rifle's name
					}
					w.Munition = string(munitions[w.Name])
					if !armed[w.Name] {
						d.add(rastro.ClaimWeapon, s[i].Start, s[end-1].End, "weapon "+w.Name+" ("+w.Type+")", w)
					}
					armed[w.Name] = true
					i = end - 1
					continue
				}
				end, ok := 0, false
				if _, end, ok = gunshotWoundLex.match(s, i); !ok && s[i].is("gunshot") && i+3 < len(s) && s[i+1].is("and", "or") &&
					s[i+3].is("wound", "wounds", "injury", "injuries") {
					// "gunshot and pellet wounds", "gunshot or pellet wounds":
					// the wound noun closes both; the other kind is read next.
					end, ok = i+1, true
				}
				if ok {
					// A wound told with its own projectile ("heridas por
					// disparos de perdigones", "wounds of shot of pellet") is
					// that projectile's: the weapon word is read next.
					if end+1 < len(s) && s[end].is("de", "of", "from") {
						if _, _, named := weaponLex.match(s, end+1); named {
							i = end - 1
							continue
						}
					}
					w := WeaponData{Name: "live ammunition", Type: "ammunition", Lethal: true, Munition: string(rastro.MunitionLive)}
					if !armed[w.Name] {
						d.add(rastro.ClaimWeapon, s[i].Start, s[end-1].End, "weapon live ammunition (gunshot wound)", w)
					}
					armed[w.Name] = true
					i = end - 1
					continue
				}
				if c, end, ok := d.calibreAt(s, i); ok {
					w := WeaponData{Name: c + " ammunition", Type: "ammunition", Calibre: c, Lethal: true, Munition: string(rastro.MunitionLive)}
					if !armed[w.Name] {
						d.add(rastro.ClaimWeapon, s[i].Start, s[end-1].End, "weapon "+w.Name+" (ammunition)", w)
					}
					armed[w.Name] = true
					i = end - 1
					continue
				}
				if !woundy && !s[i].is("ocular", "oculares") {
					continue // "ocular(es)" names a wound by itself: "82 víctimas de agresiones oculares"
				}
				if region, end, ok := woundLex.match(s, i); ok {
					inThe := i >= 2 && s[i-2].is("in", "en") && s[i-1].is("the", "his", "her", "their", "la", "el")
					if end < len(s) && notBodyAfter[s[i].Norm][s[end].Norm] && !inThe { // "shot in the back in Juliaca"
						continue
					}
					if seen[region] {
						i = end - 1
						continue
					}
					seen[region] = true
					d.add(rastro.ClaimWound, s[i].Start, s[end-1].End, "wound region "+region, WoundData{Region: region, Term: s[i].Text, BodyRegion: string(bodyRegions[region])})
					i = end - 1
				}
			}
		}
	}
}

// negatedBefore reports whether the word before s[i] denies what follows
// it: "non-lethal weapons", "non lethal ammunition", "less-lethal".
func negatedBefore(s []token, i int) bool {
	k := i - 1
	if k >= 0 && s[k].Text == "-" {
		k--
	}
	return k >= 0 && s[k].is("non", "less", "no")
}

var calibreWords = map[string]bool{"caliber": true, "calibre": true, "mm": true, "milimetros": true, "millimetre": true, "millimeter": true}

// calibreAt reads "7.62 caliber", "calibre 7.62", "9 mm", "7.62 mm" at s[i],
// extended by a following ammunition word ("7.62 caliber ammunition").
func (d *doc) calibreAt(s []token, i int) (string, int, bool) {
	t := s[i]
	var c string
	end := i
	switch {
	case t.Kind == tokNumber && i+1 < len(s) && calibreWords[s[i+1].Norm]:
		c, end = t.Text, i+2
		if s[i+1].Norm == "mm" || strings.HasPrefix(s[i+1].Norm, "mil") {
			c += " mm"
		}
	case calibreWords[t.Norm] && t.Norm != "mm" && i+1 < len(s) && s[i+1].Kind == tokNumber:
		c, end = s[i+1].Text, i+2
	case t.Kind == tokNumber && strings.Count(t.Text, ".") == 1 && strings.HasPrefix(t.Text, "7.62") || t.Text == "5.56":
		c, end = t.Text, i+1
	default:
		return "", i, false
	}
	c = strings.Replace(c, ",", ".", 1)
	if end < len(s) && s[end].is("ammunition", "rounds", "round", "munitions", "cartridges", "bullets", "bullet", "municion", "municiones",
		"cartuchos", "balas", "bala", "proyectiles", "proyectil") {
		end++
	}
	return c, end, true
}
