package synth

// Surnames common in Peru, with rough relative weights (the order of
// frequency in civil registers: Quispe first by far, then Flores, Sánchez…);
// the weights are invented for the generator, not measured.
var surnames = []weighted{
	{"Quispe", 40}, {"Flores", 30}, {"Sánchez", 22}, {"Rodríguez", 20}, {"García", 20},
	{"Rojas", 18}, {"Gonzales", 17}, {"Huamán", 16}, {"Mamani", 16}, {"Chávez", 15},
	{"Ramos", 14}, {"Torres", 14}, {"Díaz", 13}, {"Vásquez", 13}, {"Mendoza", 13},
	{"Castillo", 12}, {"Condori", 12}, {"López", 12}, {"Ramírez", 11}, {"Vargas", 11},
	{"Gutiérrez", 10}, {"Pérez", 10}, {"Espinoza", 10}, {"Cruz", 10}, {"Fernández", 9},
	{"Salazar", 9}, {"Reyes", 9}, {"Romero", 9}, {"Choque", 8}, {"Apaza", 8},
	{"Castro", 7}, {"Morales", 7}, {"Huanca", 7}, {"Ticona", 6}, {"Ayala", 6},
	{"Córdova", 6}, {"Medina", 6}, {"Aguilar", 6}, {"Herrera", 6}, {"Jiménez", 6},
	{"Silva", 6}, {"Gómez", 6}, {"Paredes", 6}, {"Ruiz", 5}, {"Cárdenas", 5},
	{"Ortiz", 5}, {"Rivera", 5}, {"Ríos", 5}, {"Soto", 5}, {"Cusi", 4},
	{"Alvarado", 4}, {"Zapata", 4}, {"Acosta", 4}, {"Arias", 4}, {"Benites", 4},
	{"Cáceres", 4}, {"Campos", 4}, {"Carrasco", 4}, {"Delgado", 4}, {"Guerrero", 4},
	{"Meza", 4}, {"Miranda", 4}, {"Núñez", 4}, {"Salas", 4}, {"Vega", 4},
	{"Villanueva", 4}, {"Ccori", 3}, {"Ccama", 3}, {"Yupanqui", 3}, {"Huillca", 3},
	{"Cahuana", 3}, {"Chambi", 3}, {"Pari", 3}, {"Coaquira", 3}, {"Machaca", 3},
	{"Bravo", 3}, {"Cueva", 3}, {"Escobar", 3}, {"Farfán", 3}, {"Inga", 3},
	{"Lozano", 3}, {"Marín", 3}, {"Ochoa", 3}, {"Pacheco", 3}, {"Palomino", 3},
	{"Poma", 3}, {"Quiroz", 3}, {"Saavedra", 3}, {"Tello", 3}, {"Valdivia", 3},
	{"Valencia", 3}, {"Guillén", 3}, {"Llanos", 3}, {"Puma", 3}, {"Mayta", 3},
	{"Cutipa", 3}, {"Huallpa", 3}, {"De la Cruz", 3}, {"Llave", 2}, {"Quilla", 2},
	{"Huarca", 2}, {"Ccoa", 2}, {"Layme", 2}, {"Yauri", 2}, {"Zegarra", 2},
	{"Zúñiga", 2}, {"Huachaca", 2}, {"Ancco", 2}, {"Ccallo", 2}, {"Tito", 2},
	{"Huaraca", 2}, {"Sucasaire", 1}, {"Calsin", 1}, {"Ñaupari", 1}, {"Anccasi", 1},
	{"Illa", 1}, {"Kana", 1}, {"Villca", 1}, {"Qquellon", 1}, {"Wayta", 1},
}

var maleNames = []string{
	"Juan", "José", "Luis", "Carlos", "Jorge", "Miguel", "Víctor", "Pedro", "Edgar", "Wilber",
	"Wilson", "Alex", "Jhon", "Rubén", "Roger", "Freddy", "Elmer", "Percy", "Néstor", "Hugo",
	"César", "Raúl", "Marco", "Christian", "Yuri", "Rolando", "Efraín", "Saturnino", "Teófilo", "Eloy",
	"Abel", "Fidel", "Héctor", "Javier", "Julio", "Mario", "Nilton", "Dennis", "Kevin", "Brayan",
	"Jhonatan", "Yoni", "Walter", "Gerardo", "Marcelino", "Clemente", "Valentín", "Ezequiel", "Hilario", "Gavino",
	"Santos", "Isidro", "Wilfredo", "Edwin", "Ronal", "Henry", "Álex", "Reynaldo", "Vidal", "Zenón",
}

var femaleNames = []string{
	"María", "Rosa", "Ana", "Carmen", "Juana", "Luz", "Julia", "Elena", "Yesenia", "Gladys",
	"Lucía", "Sonia", "Norma", "Flor", "Nancy", "Marisol", "Ruth", "Silvia", "Beatriz", "Rocío",
	"Yolanda", "Teresa", "Victoria", "Zenaida", "Eulogia", "Francisca", "Jimena", "Valeria", "Milagros", "Lizbeth",
	"Yaneth", "Maribel", "Katherine", "Rosalía", "Isabel", "Vilma", "Hilda", "Dina", "Nélida", "Celia",
	"Justina", "Felícitas", "Rufina", "Vicentina", "Agripina", "Evangelina", "Yovana", "Mercedes", "Sabina", "Delia",
	"Guadalupe", "Esperanza", "Soledad", "Lourdes", "Roxana", "Edith", "Maritza", "Pilar", "Irma", "Nora",
}

// Syllables of Quechua and Aymara words, for a long tail of rarer surnames
// made up by the generator (Ccahuana, Huallpatinta…).
var syllables = []string{
	"cca", "hua", "lla", "qui", "ma", "ni", "pa", "ri", "cu", "si", "ta", "yu", "pan", "qui",
	"chu", "ccu", "ya", "ru", "pi", "co", "ca", "tin", "na", "ra", "huay", "pu", "ma", "sa",
}
