package demo

import (
	"fmt"

	"github.com/rastro-project/rastro"
)

// The real article the demo reproduces. Only its bibliographic data and a
// summary in our own words are kept; the text itself is read from
// ../shared/fixtures/news by whoever ingests it.
const (
	articleTitle     = "AI concerned by deaths of protesters in Peru"
	articlePublisher = "BLAZETRENDS"
	articleURL       = "https://blazetrends.com/ai-concerned-by-deaths-of-protesters-in-peru/"
	articleDate      = "2023-05-25"
	articleSummary   = "News report on Amnesty International's report on Peru's protests of December 2022 and January 2023. " +
		"It relays that the organisation examined 52 deaths and injuries in Andahuaylas, Chincheros, Ayacucho and Juliaca, " +
		"found 25 deaths of which 20 may be extrajudicial executions (live ammunition aimed at head, neck, chest or abdomen), " +
		"describes the victims as protesters, observers and bystanders mostly from poor, indigenous and peasant backgrounds, " +
		"notes that in Juliaca on 9 January only two special operations police agents reported firing four 7.62 rounds from AKM rifles " +
		"although live gunfire took no fewer than 15 lives there that day, and reports the call to investigate officials up the chain of command."

	// Paragraphs of the article (blank-line separated blocks of the scraped
	// text, the title being paragraph 1) that the demo cites.
	paraProfile  = 8  // protesters, observers, bystanders; poor, indigenous, peasant
	paraFigures  = 13 // 52 cases, four places, 25 deaths, 20 possible executions
	paraVital    = 14 // live ammunition at head, neck, chest, abdomen
	paraJuliaca  = 16 // Juliaca: two agents, four 7.62 rounds, at least 15 killed
	paraHighRank = 12 // investigate up to the highest level
)

// sourceIDs are the IDs of the sources the builder creates, in ID order.
type sourceIDs struct {
	article, dataset, orgChart int64
	operations, witnesses      []int64 // by incident
	hospital                   []int64 // by incident
	discharge                  []int64 // by discharge report
	autopsy                    map[int]int64
}

func (b *builder) addSources() {
	s := &b.src
	s.article = b.source(&rastro.Source{
		Kind: rastro.SourceNews, Title: articleTitle, Publisher: articlePublisher, URL: articleURL,
		Published: rastro.MustDate(articleDate), Language: "en", MediaType: "text/html",
		Summary: "Real source (not synthetic). " + articleSummary,
	})
	s.dataset = b.source(&rastro.Source{
		Kind: rastro.SourceDataset, Title: "UBIGEO codes of Peru's districts with coordinates and poverty rates",
		Publisher: "J. M. Castagnetto (MIT licence), after INEI", Language: "es", MediaType: "text/csv",
		Summary: "Real dataset (not synthetic): district codes, capitals' coordinates and poverty rates, used for the demo's places.",
	})
	s.orgChart = b.source(&rastro.Source{
		Kind: rastro.SourceOfficialRecord, Title: "SYNTHETIC — organisation charts and appointment resolutions, police and armed forces, 2022–2023",
		Publisher: "Invented for the Rastro demo", Published: rastro.MustDate("2023-02"), Language: "es",
		Summary: "SYNTHETIC compilation cited for unit relations and commanders' postings; every person in it is invented.",
	})
	for _, inc := range incidentRows {
		place := b.placeName[inc.ubigeo]
		s.operations = append(s.operations, b.source(&rastro.Source{
			Kind: rastro.SourceOfficialRecord, Title: fmt.Sprintf("SYNTHETIC — operations report, %s, %s", place, inc.date),
			Publisher: "Invented for the Rastro demo", Published: rastro.MustDate(inc.date), Language: "es",
			Summary: fmt.Sprintf("SYNTHETIC official report on the operation of %s in %s: units deployed, orders, use of weapons.", inc.date, place),
		}))
		s.witnesses = append(s.witnesses, b.source(&rastro.Source{
			Kind: rastro.SourceWitnessStatement, Title: fmt.Sprintf("SYNTHETIC — witness statements, %s, %s", place, inc.date),
			Publisher: "Invented for the Rastro demo", Published: rastro.MustDate(inc.date), Language: "es",
			Summary: "SYNTHETIC statements by protected witnesses, one paragraph per victim: what the victim was doing, whether they posed any threat.",
		}))
		s.hospital = append(s.hospital, b.source(&rastro.Source{
			Kind: rastro.SourceOfficialRecord, Title: fmt.Sprintf("SYNTHETIC — emergency admissions register, %s, %s", place, inc.date),
			Publisher: "Invented for the Rastro demo", Published: rastro.MustDate(inc.date), Language: "es",
			Summary: "SYNTHETIC hospital register of the injured admitted that day: wounds and their causes, one page per patient.",
		}))
	}
	for i, d := range dischargeRows {
		s.discharge = append(s.discharge, b.source(&rastro.Source{
			Kind: rastro.SourceOfficialRecord, Title: fmt.Sprintf("SYNTHETIC — firearms use report, DIROES agent %c, Juliaca, %s", 'A'+i, d.date),
			Publisher: "Invented for the Rastro demo", Published: rastro.MustDate(d.date), Language: "es",
			Summary: fmt.Sprintf("SYNTHETIC report in which a DIROES agent declares firing %d round(s) of %s from an %s.", d.rounds, d.calibre, d.weapon),
		}))
	}
	s.autopsy = map[int]int64{}
	for i, c := range caseRows {
		if c.typ != killed {
			continue
		}
		inc := incidentRows[c.incident]
		s.autopsy[i] = b.source(&rastro.Source{
			Kind: rastro.SourceAutopsy, Title: fmt.Sprintf("SYNTHETIC — autopsy protocol %s", autopsyRef(i)),
			Publisher: "Invented for the Rastro demo", Published: rastro.MustDate(inc.date), Language: "es",
			Summary: fmt.Sprintf("SYNTHETIC autopsy of a victim of %s, %s: wounds, projectile, cause of death.", b.placeName[inc.ubigeo], inc.date),
		})
	}
}

func autopsyRef(caseIndex int) string { return fmt.Sprintf("NEC-DEMO-%03d", caseIndex+1) }

// dischargeRow is an official report of rounds fired.
type dischargeRow struct {
	unit, agent, weapon, calibre, date string
	rounds                             int
	incident                           int
}

var dischargeRows = []dischargeRow{
	{"diroes", "agent_a", "AKM rifle", "7.62 mm", "2023-01-09", 3, incJuliaca},
	{"diroes", "agent_b", "AKM rifle", "7.62 mm", "2023-01-09", 1, incJuliaca},
}
