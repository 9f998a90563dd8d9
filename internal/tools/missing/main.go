// Command missing prints, one a line, the Debian packages that would install
// the outside programs tools.Find cannot find; scripts/test installs them.
package main

import (
	"fmt"

	"github.com/rastro-project/rastro/internal/tools"
)

func main() {
	for _, p := range tools.Missing() {
		fmt.Println(p)
	}
}
