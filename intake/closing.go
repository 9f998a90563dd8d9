package intake

import (
	"regexp"
	"strings"

	"github.com/rastro-project/rastro/internal/fold"
)

// Closing notices: the lines a site prints after the last paragraph of
// every story, inside the same container (a copyright or a ban on
// reproduction, a reporter's contact line, a call to write in, a licence,
// a donation appeal, a footer row, the author's one-line bio). Each is
// also a sentence an article could hold, so only the trailing run of
// short paragraphs is judged, from the end, stopping at the first that is
// not a notice.

// closingNotice matches a closing notice in any of the corpus languages.
var closingNotice = regexp.MustCompile(`(?i)©|\bcopyright\b|\b(?:all rights|todos los derechos|todos os direitos|tous droits) r[ée]serv|` +
	`\b(?:queda|est[áa]) prohibida (?:la|su) reproducci[óo]n|\bprohibida su reproducci[óo]n|\bproibida a reprodu[çc][ãa]o|\breprodu[çc][ãa]o proibida|\bmay not be (?:reproduced|republished)\b|\breproduction interdite\b|` +
	`\b(?:can|may) be (?:reached|contacted) (?:at|by|on|via)\b|` +
	`\bcreative commons\b|` +
	`\breader[- ]funded\b|\bchip in\b|\bsupport our (?:journalism|reporting|work)\b|\bdonate (?:to us|now|today)\b|\bhaz una donaci[óo]n\b|\bap[óo]yanos\b`)

// contactCall asks readers to write in; it is a notice only with the
// newsroom's address, since a blogger's "please email us" is the post.
var contactCall = regexp.MustCompile(`(?i)\b(?:escr[ií]b[ae]nos|write to us|e-?mail us|cont[áa]ct[ae]nos|fale conosco|[ée]crivez-nous)\b`)

// emailAddress is an address in running text.
var emailAddress = regexp.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)

// bioVerb follows the author's name in a one-line bio or contact line:
// "Ana Ruiz is a reporter…", "Martín Caicedo es crítico de cine…".
var bioVerb = regexp.MustCompile(`^(?:is|es|é|est|was|fue|covers|cubre|writes|escribe|reports|can|puede)\b`)

// maxClosingNotice is the longest paragraph judged a closing notice, in
// bytes: notices are a line or two, article paragraphs longer.
const maxClosingNotice = 300

// dropClosingNotices removes the closing notices that end text, never its
// first paragraph. author is the page's author, or "".
func dropClosingNotices(text, author string) string {
	paras := strings.Split(text, "\n\n")
	n := len(paras)
	for n > 1 && isClosingNotice(strings.TrimSpace(paras[n-1]), author) {
		n--
	}
	if n == len(paras) {
		return text
	}
	return strings.Join(paras[:n], "\n\n")
}

// isClosingNotice reports whether a trimmed paragraph is a closing notice.
func isClosingNotice(p, author string) bool {
	if p == "" || len(p) > maxClosingNotice || strings.Contains(p, "\n") {
		return false
	}
	if closingNotice.MatchString(p) || isFooterRow(p) || contactCall.MatchString(p) && emailAddress.MatchString(p) {
		return true
	}
	if len(strings.Fields(author)) >= 2 {
		if rest, ok := strings.CutPrefix(p, strings.TrimSpace(author)); ok {
			return bioVerb.MatchString(strings.TrimSpace(rest))
		}
	}
	return false
}

// footerSeparators split a footer row's items.
var footerSeparators = strings.NewReplacer(" · ", "\x00", " | ", "\x00", " • ", "\x00")

// isFooterRow reports whether p is a row of at least three short items
// ("Revista X · Cali · Contacto · Política de datos"), one of them a
// furniture label.
func isFooterRow(p string) bool {
	items := strings.Split(footerSeparators.Replace(p), "\x00")
	if len(items) < 3 {
		return false
	}
	label := false
	for _, it := range items {
		if len(strings.Fields(it)) > 5 {
			return false
		}
		label = label || furnitureLines[fold.Words(it)]
	}
	return label
}
