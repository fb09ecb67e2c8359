package discover

import (
	"strings"
	"unicode"
)

// words splits an identifier or tag name into lower-case words:
// camelCase, PascalCase with acronyms (IPAddress → ip, address),
// snake_case, kebab-case, dotted names, and letter/digit boundaries.
// Cyrillic letters are transliterated to Latin (Телефон → telefon), so
// one spelling in the pattern table covers both scripts.
func words(name string) []string {
	var out []string
	runes := []rune(name)
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			out = append(out, translit(string(runes[start:end])))
		}
		start = -1
	}
	for i, r := range runes {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		prev := runes[i-1]
		switch {
		case unicode.IsDigit(r) != unicode.IsDigit(prev):
			// letter/digit boundary: Address2, 2FA
			flush(i)
			start = i
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			// camelCase: phoneNumber
			flush(i)
			start = i
		case unicode.IsUpper(r) && unicode.IsUpper(prev) && i+1 < len(runes) && unicode.IsLower(runes[i+1]) && !pluralAcronym(runes, i+1):
			// end of an acronym: IPAddress → IP, Address
			flush(i)
			start = i
		}
	}
	flush(len(runes))
	return out
}

// pluralAcronym reports whether runes[i] is the s of a plural acronym
// (IPs, IDs, URLs): a lone lower-case s closing the word.
func pluralAcronym(runes []rune, i int) bool {
	return runes[i] == 's' && (i+1 == len(runes) || !unicode.IsLower(runes[i+1]))
}

// translit lower-cases a word and transliterates Cyrillic letters the way
// Russian-speaking programmers usually write them in identifiers
// (фамилия → familiya, жительство → zhitelstvo).
func translit(w string) string {
	w = strings.ToLower(w)
	if !hasCyrillic(w) {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		if t, ok := cyrillic[r]; ok {
			b.WriteString(t)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e",
	'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u",
	'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch",
	'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya",
	'і': "i", 'ї': "yi", 'є': "ye", 'ґ': "g",
}

// fillers are trailing words that say how a value is stored, not what it
// is: EmailStr, PasswordRaw and TokenValue are the email, the password
// and the token.
var fillers = map[string]bool{
	"str": true, "string": true, "val": true, "value": true,
	"raw": true, "plain": true, "plaintext": true, "cleartext": true,
}

// trim drops trailing filler words and numbers (AddressLine2, EmailStr),
// keeping at least one word.
func trim(ws []string) []string {
	for len(ws) > 1 {
		last := ws[len(ws)-1]
		if !fillers[last] && !isNumber(last) {
			break
		}
		ws = ws[:len(ws)-1]
	}
	return ws
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// join concatenates words: matching compares concatenations, so that
// FirstName, Firstname and first_name are one spelling.
func join(ws []string) string { return strings.Join(ws, "") }

// normalize turns a spelling from the pattern table ("first_name") into
// the form it is compared in ("firstname").
func normalize(spelling string) string { return join(words(spelling)) }
