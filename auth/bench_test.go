package auth

import "testing"

// BenchmarkHashPassword measures one argon2id hash with DefaultArgon2, the
// cost of every login and password change.
func BenchmarkHashPassword(b *testing.B) {
	for b.Loop() {
		if _, err := HashPassword("correct horse battery", DefaultArgon2); err != nil {
			b.Fatal(err)
		}
	}
}
