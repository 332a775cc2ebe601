package exchange

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"thidua/model/i18n"
)

// Every message code of the exchange (here, in storage and in model) is in
// the catalogue, in both languages.
func TestEveryCodeHasAMessage(t *testing.T) {
	t.Parallel()
	for _, file := range []string{"codes.go", "../inbox.go", "../../model/exchange.go"} {
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			id, _ := strconv.Unquote(lit.Value)
			if strings.HasPrefix(id, "exchange.") && !strings.HasSuffix(id, ".") && !i18n.Has(id) {
				t.Errorf("%s: %s has no message", file, id)
			}
			return true
		})
	}
	for _, prefix := range []string{EHeldPrefix, "exchange.holdkind."} {
		for _, kind := range []string{"unverified_key", "key_changed", "fork", "late", "criteria_version", "cross_bloc"} {
			if !i18n.Has(prefix + kind) {
				t.Errorf("%s%s has no message", prefix, kind)
			}
		}
	}
}
