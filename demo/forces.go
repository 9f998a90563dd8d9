package demo

import "github.com/rastro-project/rastro"

// unitRow is a unit; key is how the other tables refer to it. The ministries
// and national commands are real institutions; the relations between them,
// the army designations below the army command and every person are invented
// for the demo and say nothing about the real organisation.
type unitRow struct {
	key     string
	name    string
	aliases []string
	force   rastro.Force
}

var unitRows = []unitRow{
	{"mininter", "Ministerio del Interior", []string{"MININTER", "Ministry of the Interior"}, rastro.ForceOther},
	{"pnp", "Comandancia General de la Policía Nacional del Perú", []string{"CG-PNP", "Dirección General de la PNP", "National Police command"}, rastro.ForcePolice},
	{"dirnos", "Dirección Nacional de Orden y Seguridad", []string{"DIRNOS"}, rastro.ForcePolice},
	{"diroes", "Dirección de Operaciones Especiales", []string{"DIROES", "Directorate of Special Operations"}, rastro.ForcePolice},
	{"rp_puno", "Región Policial Puno", nil, rastro.ForcePolice},
	{"use_puno", "Unidad de Servicios Especiales Puno", []string{"USE Puno"}, rastro.ForcePolice},
	{"rp_apurimac", "Región Policial Apurímac", nil, rastro.ForcePolice},
	{"rp_ayacucho", "Región Policial Ayacucho", nil, rastro.ForcePolice},
	{"tf_puno", "Comando Unificado de Operaciones Puno (synthetic task force)", []string{"CUO Puno"}, rastro.ForcePolice},
	{"mindef", "Ministerio de Defensa", []string{"MINDEF", "Ministry of Defence"}, rastro.ForceOther},
	{"ccffaa", "Comando Conjunto de las Fuerzas Armadas", []string{"CCFFAA", "Joint Command of the Armed Forces"}, rastro.ForceOther},
	{"coge", "Comandancia General del Ejército", []string{"COGE", "Army command"}, rastro.ForceArmy},
	{"div9", "División de Ejército N.º 9 (synthetic designation)", []string{"9 DE"}, rastro.ForceArmy},
	{"brig95", "Brigada de Infantería N.º 95 (synthetic designation)", []string{"95 BI"}, rastro.ForceArmy},
	{"bat951", "Batallón de Infantería N.º 951 (synthetic designation)", []string{"BI 951"}, rastro.ForceArmy},
	{"tf_aya", "Fuerza de Tarea Conjunta Ayacucho (synthetic task force)", []string{"FTC Ayacucho"}, rastro.ForceOther},
}

// relationRow: unit is child or member of parent over [start, end]; an empty
// end with open=true still holds. Inexact bounds are the first or last date a
// source cites.
type relationRow struct {
	unit, parent string
	kind         rastro.RelationKind
	period       rastro.DateRange
}

var relationRows = []relationRow{
	{"pnp", "mininter", rastro.ChildOf, since("1988", false)},
	{"dirnos", "pnp", rastro.ChildOf, since("2017", false)},
	{"diroes", "dirnos", rastro.ChildOf, since("2017", false)},
	{"rp_puno", "pnp", rastro.ChildOf, since("2017", false)},
	{"use_puno", "rp_puno", rastro.ChildOf, since("2019-03", false)},
	{"rp_apurimac", "pnp", rastro.ChildOf, since("2017", false)},
	{"rp_ayacucho", "pnp", rastro.ChildOf, since("2017", false)},
	{"tf_puno", "pnp", rastro.ChildOf, between("2023-01-04", true, "2023-01-31", false)},
	{"diroes", "tf_puno", rastro.MemberOf, between("2023-01-04", true, "2023-01-31", false)},
	{"use_puno", "tf_puno", rastro.MemberOf, between("2023-01-04", true, "2023-01-31", false)},
	{"ccffaa", "mindef", rastro.ChildOf, since("2000", false)},
	{"coge", "mindef", rastro.ChildOf, since("2000", false)},
	{"div9", "coge", rastro.ChildOf, since("2015", false)},
	{"brig95", "div9", rastro.ChildOf, since("2018", false)},
	{"bat951", "brig95", rastro.ChildOf, since("2020-05", false)},
	{"tf_aya", "ccffaa", rastro.ChildOf, between("2022-12-14", true, "2022-12-31", false)},
	{"bat951", "tf_aya", rastro.MemberOf, between("2022-12-14", true, "2022-12-31", false)},
}

// officerRow is an invented officer or official and the posting that makes
// them relevant. The middle names Ficticio, Inventado and Supuesto mark them
// as invented.
type officerRow struct {
	key    string
	name   string
	unit   string
	role   rastro.PostingRole
	rank   string
	title  string
	period rastro.DateRange
}

var officerRows = []officerRow{
	{"min_int_a", "César Inventado Rosales", "mininter", rastro.PostCommander, "", "Ministro del Interior", between("2022-12-10", true, "2023-01-13", true)},
	{"min_int_b", "Vicente Ficticio Lozada", "mininter", rastro.PostCommander, "", "Ministro del Interior", since("2023-01-13", true)},
	{"cg_pnp", "Raúl Supuesto Cárdenas", "pnp", rastro.PostCommander, "General PNP", "Comandante General", since("2022-11", false)},
	{"dir_dirnos", "Óscar Ficticio Valdivia", "dirnos", rastro.PostCommander, "General PNP", "Director Nacional", since("2022-12", false)},
	{"dir_diroes", "Hernán Inventado Salcedo", "diroes", rastro.PostCommander, "General PNP", "Director", between("2022-01-01", true, "2023-02", false)},
	{"ops_diroes", "Luis Ficticio Montoya", "diroes", rastro.PostDeputyCommander, "Coronel PNP", "Jefe de operaciones (Juliaca)", between("2023-01-04", true, "2023-01-20", false)},
	{"jefe_rp_puno", "Jorge Supuesto Aranda", "rp_puno", rastro.PostCommander, "General PNP", "Jefe de Región", since("2022", false)},
	{"jefe_use_puno", "Mario Inventado Cornejo", "use_puno", rastro.PostCommander, "Comandante PNP", "Jefe", since("2022-10-01", true)},
	{"jefe_tf_puno", "Alfredo Ficticio Zegarra", "tf_puno", rastro.PostCommander, "General PNP", "Jefe del comando unificado", between("2023-01-04", true, "2023-01-31", true)},
	{"jefe_rp_apurimac", "Walter Supuesto Ibarra", "rp_apurimac", rastro.PostCommander, "Coronel PNP", "Jefe de Región", between("2022-03-15", true, "2023-01-31", true)},
	{"jefe_rp_ayacucho", "Daniel Inventado Prado", "rp_ayacucho", rastro.PostCommander, "General PNP", "Jefe de Región", since("2022-06", false)},
	{"min_def", "Enrique Ficticio Lazo", "mindef", rastro.PostCommander, "", "Ministro de Defensa", since("2022-12-10", true)},
	{"jefe_ccffaa", "Manuel Supuesto Olaechea", "ccffaa", rastro.PostCommander, "General de Ejército", "Jefe del Comando Conjunto", since("2022", false)},
	{"cg_ejercito", "Ricardo Inventado Bustamante", "coge", rastro.PostCommander, "General de Ejército", "Comandante General", since("2021-12", false)},
	{"cmd_div9_a", "Fernando Ficticio Ugarte", "div9", rastro.PostCommander, "General de División", "Comandante", between("2022-01-01", true, "2022-12-31", true)},
	{"cmd_div9_b", "Alberto Supuesto Rivas", "div9", rastro.PostCommander, "General de División", "Comandante", since("2023-01-01", true)},
	{"cmd_brig95", "Gustavo Inventado Carrillo", "brig95", rastro.PostCommander, "General de Brigada", "Comandante", since("2022-12", false)},
	{"cmd_bat951", "Pedro Ficticio Chávez", "bat951", rastro.PostCommander, "Teniente Coronel EP", "Comandante", since("2022-01-15", true)},
	{"cmd_tf_aya", "Samuel Supuesto Medina", "tf_aya", rastro.PostCommander, "General de Brigada", "Jefe de la fuerza de tarea", between("2022-12-14", true, "2022-12-31", false)},
	{"agent_a", "Iván Ficticio Torres", "diroes", rastro.PostMember, "Suboficial de Tercera PNP", "", between("2021-06-01", true, "2023-06", false)},
	{"agent_b", "Néstor Inventado Huerta", "diroes", rastro.PostMember, "Suboficial de Segunda PNP", "", since("2020-02", false)},
}

// deploymentRow puts a unit at an incident's place; incident is an index into
// incidentRows, or -1 for a deployment over a wider period.
type deploymentRow struct {
	unit     string
	ubigeo   string
	incident int
	period   rastro.DateRange
}

var deploymentRows = []deploymentRow{
	{"rp_apurimac", "030201", -1, between("2022-12-10", true, "2022-12-20", false)},
	{"diroes", "030201", incAndahuaylas12, between("2022-12-11", true, "2022-12-13", true)},
	{"rp_apurimac", "030601", incChincheros, between("2022-12-12", true, "2022-12-14", true)},
	{"rp_ayacucho", "050101", -1, between("2022-12-12", true, "2022-12-31", false)},
	{"bat951", "050101", incAyacucho, between("2022-12-14", true, "2022-12-16", true)},
	{"diroes", "211101", incJuliaca, between("2023-01-05", true, "2023-01-15", false)},
	{"use_puno", "211101", -1, between("2023-01-04", true, "2023-01-31", false)},
	{"rp_puno", "211101", -1, since("2022-12-07", false)},
}

func since(start string, exact bool) rastro.DateRange {
	return rastro.DateRange{Start: rastro.MustDate(start), StartExact: exact, Open: true}
}

func between(start string, startExact bool, end string, endExact bool) rastro.DateRange {
	return rastro.DateRange{Start: rastro.MustDate(start), StartExact: startExact, End: rastro.MustDate(end), EndExact: endExact}
}
