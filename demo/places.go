package demo

// placeRow is a district with its INEI UBIGEO code and the coordinates of its
// capital as ../shared/data/peru/ubigeo_distrito.csv gives them (the tests
// check every row against that file). The first four are where the synthetic
// incidents happen; all of them serve as victims' home districts.
type placeRow struct {
	ubigeo                         string
	department, province, district string
	lat, lon                       float64
}

var placeRows = []placeRow{
	{"030201", "Apurímac", "Andahuaylas", "Andahuaylas", -13.6561111111111, -73.3897222222222},
	{"030601", "Apurímac", "Chincheros", "Chincheros", -13.5183333333333, -73.7227777777778},
	{"050101", "Ayacucho", "Huamanga", "Ayacucho", -13.1602777777778, -74.2252777777778},
	{"211101", "Puno", "San Román", "Juliaca", -15.4838888888889, -70.1333333333333},
	{"030213", "Apurímac", "Andahuaylas", "San Jerónimo", -13.6516666666667, -73.3658333333333},
	{"030216", "Apurímac", "Andahuaylas", "Talavera", -13.6541666666667, -73.4288888888889},
	{"030209", "Apurímac", "Andahuaylas", "Pacucha", -13.6094444444444, -73.3441666666667},
	{"030207", "Apurímac", "Andahuaylas", "Kishuara", -13.6911111111111, -73.1186111111111},
	{"030602", "Apurímac", "Chincheros", "Anco-Huallo", -13.5297222222222, -73.6741666666667},
	{"030604", "Apurímac", "Chincheros", "Huaccana", -13.3880555555556, -73.6891666666667},
	{"030605", "Apurímac", "Chincheros", "Ocobamba", -13.4825, -73.5602777777778},
	{"050114", "Ayacucho", "Huamanga", "Vinchos", -13.2416666666667, -74.3541666666667},
	{"050112", "Ayacucho", "Huamanga", "Socos", -13.215, -74.2894444444444},
	{"050103", "Ayacucho", "Huamanga", "Acos Vinchos", -13.1130555555556, -74.1},
	{"050108", "Ayacucho", "Huamanga", "Quinua", -13.0491666666667, -74.1391666666667},
	{"050104", "Ayacucho", "Huamanga", "Carmen Alto", -13.1794444444444, -74.2205555555555},
	{"211104", "Puno", "San Román", "Caracoto", -15.5675, -70.1025},
	{"211103", "Puno", "San Román", "Cabanillas", -15.6444444444444, -70.3538888888889},
	{"211105", "Puno", "San Román", "San Miguel", -15.4602777777778, -70.1269444444444},
	{"210201", "Puno", "Azángaro", "Azángaro", -14.9080555555556, -70.1955555555556},
	{"210501", "Puno", "El Collao", "Ilave", -16.0869444444444, -69.6380555555555},
	{"210401", "Puno", "Chucuito", "Juli", -16.2127777777778, -69.4594444444444},
	{"210102", "Puno", "Puno", "Acora", -15.9736111111111, -69.7977777777778},
	{"210504", "Puno", "El Collao", "Santa Rosa", -16.7422222222222, -69.7166666666667},
	{"210901", "Puno", "Moho", "Moho", -15.3602777777778, -69.4997222222222},
	{"210701", "Puno", "Lampa", "Lampa", -15.3647222222222, -70.3677777777778},
}
