package gazetteer

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/rastro-project/rastro/internal/fold"
)

// WorldPlace is a region or city of another country, from the GeoNames
// extract in data/world.tsv (see internal/worldgen), or a lake or river
// from data/water.tsv (Level "water").
type WorldPlace struct {
	Country   string   `json:"country"` // ISO 3166-1 alpha-2; for water, the first country
	Level     string   `json:"level"`   // admin1, admin2, city, water
	Name      string   `json:"name"`
	Admin1    string   `json:"admin1,omitempty"`
	Town      string   `json:"town,omitempty"` // for a part of a town (Siloé), the town it is in (Cali)
	Latitude  *float64 `json:"latitude,omitempty"`
	Longitude *float64 `json:"longitude,omitempty"`
	// Elsewhere holds the first-level units of the country's other places
	// of this name and level, which the list keeps no reading of ("Sucre"
	// in Cauca and Santander beside Colombia's first): a name that means
	// several towns at home is a poor dateline there.
	Elsewhere []string `json:"-"`
}

// worldRank orders the readings of one name: a first-level division, then
// a city, then a second-level division.
var worldRank = map[string]int{"admin1": 0, "city": 1, "admin2": 2, "water": 3}

// World returns the places beyond Peru a folded name may mean, first-level
// divisions first, then cities, then second-level divisions.
func (g *Gazetteer) World(folded string) []*WorldPlace { return g.world[folded] }

// Water returns the lake or river a folded name means on its own
// ("Titicaca"), or nil.
func (g *Gazetteer) Water(folded string) *WorldPlace { return g.water[folded] }

// OneCountry returns the country of a name beyond Peru when only one
// country has it.
func (g *Gazetteer) OneCountry(folded string) (string, bool) {
	list := g.world[folded]
	if len(list) == 0 {
		return "", false
	}
	for _, p := range list[1:] {
		if p.Country != list[0].Country {
			return "", false
		}
	}
	return list[0].Country, true
}

// WorldCountries returns the countries a folded name may be in.
func (g *Gazetteer) WorldCountries(folded string) map[string]bool {
	out := map[string]bool{}
	for _, p := range g.world[folded] {
		out[p.Country] = true
	}
	return out
}

func (g *Gazetteer) loadWorld() error {
	g.world = map[string][]*WorldPlace{}
	g.worldFirst = map[string]bool{}
	g.water = map[string]*WorldPlace{}
	place := func(n int, f []string) error {
		if len(f) != 6 && len(f) != 7 {
			return fmt.Errorf("want 6 or 7 fields, have %d", len(f))
		}
		p := &WorldPlace{Country: f[0], Level: f[1], Name: usualName(f[0], f[2]), Admin1: usualName(f[0], f[3])}
		if len(f) == 7 {
			p.Town = f[6] // a seventh field names the town a neighbourhood is in
		}
		if _, ok := worldRank[p.Level]; !ok {
			return fmt.Errorf("unknown level %q", p.Level)
		}
		if f[4] != "" {
			lat, err1 := strconv.ParseFloat(f[4], 64)
			lon, err2 := strconv.ParseFloat(f[5], 64)
			if err1 != nil || err2 != nil {
				return fmt.Errorf("bad coordinates %q %q", f[4], f[5])
			}
			p.Latitude, p.Longitude = &lat, &lon
		}
		g.addWorld(fold.Words(p.Name), p)
		if p.Name != f[2] {
			g.addWorld(fold.Words(f[2]), p) // the tables' name still answers
		}
		return nil
	}
	for _, name := range []string{"data/world.tsv", "data/world-extra.tsv"} {
		if err := g.readTSV(name, place); err != nil {
			return err
		}
	}
	for alias, to := range worldAliases {
		for _, p := range g.world[fold.Words(to[1])] {
			if p.Country == to[0] {
				g.addWorld(alias, p)
			}
		}
	}
	// Machine translation renders "del" word for word: "Valle del Cauca"
	// comes out "Valle of the Cauca". The places answer to that form too.
	var mt []string
	for name := range g.world {
		if strings.Contains(name, " del ") {
			mt = append(mt, name)
		}
	}
	sort.Strings(mt)
	for _, name := range mt {
		for _, p := range g.world[name] {
			g.addWorld(strings.ReplaceAll(name, " del ", " of the "), p)
		}
	}
	return g.readTSV("data/water.tsv", func(n int, f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("want 3 fields, have %d", len(f))
		}
		cc, _, _ := strings.Cut(f[2], ",")
		g.water[fold.Words(f[0])] = &WorldPlace{Country: cc, Level: "water", Name: f[0]}
		return nil
	})
}

// worldAliases are names in common use of a place beyond Peru, folded, →
// its country and its name in the tables: English wire copy calls Chile's
// capital region "the Metropolitan Region" or, with its capital, "the
// Santiago Metropolitan Region", its official Spanish name "Región
// Metropolitana de Santiago", word for word in machine translation "the
// Metropolitan Region of Santiago".
var worldAliases = map[string][2]string{"metropolitan region": {"CL", "Región Metropolitana"},
	"santiago metropolitan region": {"CL", "Región Metropolitana"}, "region metropolitana de santiago": {"CL", "Región Metropolitana"},
	"metropolitan region of santiago": {"CL", "Región Metropolitana"},
	// Colombia's "Valle del Cauca", word for word in machine translation
	// "the Valley of the Cauca".
	"valley of the cauca": {"CO", "Valle del Cauca"}}

// worldUsualNames are the names reporters and bodies use for a division
// the tables spell otherwise, by country: GeoNames' "Araucania" is "La
// Araucanía" in Chile's own usage, so a region named either way, and a town
// in it, share one place.
var worldUsualNames = map[[2]string]string{{"CL", "Araucania"}: "La Araucanía"}

// usualName returns the usual name of a division named in the tables.
func usualName(country, name string) string {
	if u, ok := worldUsualNames[[2]string{country, name}]; ok {
		return u
	}
	return name
}

func (g *Gazetteer) addWorld(folded string, p *WorldPlace) {
	list := g.world[folded]
	for _, q := range list {
		if q.Country == p.Country && q.Level == p.Level {
			if p.Admin1 != q.Admin1 {
				q.Elsewhere = append(q.Elsewhere, p.Admin1)
			}
			return // one reading per country and level is enough to tell them apart
		}
	}
	k := len(list)
	for k > 0 && worldRank[list[k-1].Level] > worldRank[p.Level] {
		k--
	}
	list = append(list, nil)
	copy(list[k+1:], list[k:])
	list[k] = p
	g.world[folded] = list
	first, _, _ := strings.Cut(folded, " ")
	g.worldFirst[first] = true
	if n := len(strings.Fields(folded)); n > g.maxWorld {
		g.maxWorld = n
	}
}

// IsPartOfTown reports whether the name is listed as a part of a town
// (a neighbourhood or district: Siloé, Senkata) in country cc.
func (g *Gazetteer) IsPartOfTown(name, cc string) bool {
	for _, p := range g.world[fold.Words(name)] {
		if p.Country == cc && p.Town != "" {
			return true
		}
	}
	return false
}

// WorldFirstWord reports whether some name beyond Peru starts with the
// folded word: a cheap test before trying longer names.
func (g *Gazetteer) WorldFirstWord(w string) bool { return g.worldFirst[w] }

// MaxWorldWords is the number of words in the longest name beyond Peru.
func (g *Gazetteer) MaxWorldWords() int { return g.maxWorld }

func (g *Gazetteer) readTSV(name string, row func(line int, fields []string) error) error {
	f, err := dataFS.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := row(n, strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("gazetteer: %s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}
