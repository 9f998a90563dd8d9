package web

// Words of the record lists (records_list.go) and of the filters that only
// the lists use.
func init() {
	addMessages(map[string]string{
		"list.places": "Places", "list.relations": "Unit relations", "list.postings": "Postings",
		"list.deployments": "Deployments", "list.discharges": "Discharge records", "list.involvements": "Involvements",
		"list.add": "Add", "list.others": "Other lists:", "nav.records": "More records",
		"field.query": "Text", "field.sha256": "SHA-256", "field.tag": "Tag",
	}, map[string]string{
		"list.places": "Lugares", "list.relations": "Relaciones entre unidades", "list.postings": "Destinos",
		"list.deployments": "Despliegues", "list.discharges": "Registros de disparos", "list.involvements": "Participaciones",
		"list.add": "Añadir", "list.others": "Otras listas:", "nav.records": "Más registros",
		"field.query": "Texto", "field.sha256": "SHA-256", "field.tag": "Etiqueta",
	})
}
