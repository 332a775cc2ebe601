package i18n

import (
	"strconv"
	"strings"
)

// plural resolves a message's plural groups: "{one|other}" right after a
// verb says its argument's noun, "%d {unit|units}", "%s {point|points}",
// the first form when the argument is 1 ("1 unit", "2 units", "0
// units"). English needs them; Vietnamese nouns do not change, and its
// messages have none (TestCatalogue).
func plural(format string, args []any) string {
	if !strings.Contains(format, "{") {
		return format
	}
	var b strings.Builder
	next, last := 0, -1
	for i := 0; i < len(format); i++ {
		switch c := format[i]; c {
		case '%':
			j := i + 1
			for j < len(format) && !isVerb(format[j]) {
				if format[j] == '[' { // an explicit argument index, "%[2]d"
					if k := strings.IndexByte(format[j:], ']'); k > 0 {
						if n, err := strconv.Atoi(format[j+1 : j+k]); err == nil {
							next = n - 1
						}
					}
				}
				j++
			}
			if j < len(format) && format[j] != '%' {
				last, next = next, next+1
			}
			end := min(j+1, len(format))
			b.WriteString(format[i:end])
			i = end - 1
		case '{':
			end := strings.IndexByte(format[i:], '}')
			one, other, ok := strings.Cut(format[i+1:i+max(end, 1)], "|")
			if end < 0 || !ok {
				b.WriteByte(c)
				continue
			}
			if last >= 0 && last < len(args) && isOne(args[last]) {
				b.WriteString(one)
			} else {
				b.WriteString(other)
			}
			i += end
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// isVerb reports whether c ends a fmt verb.
func isVerb(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '%' }

// isOne reports whether a message's argument is the count 1.
func isOne(a any) bool {
	switch a := a.(type) {
	case int:
		return a == 1
	case int64:
		return a == 1
	case string:
		return a == "1"
	}
	return false
}
