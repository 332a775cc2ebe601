package demo

import "testing"

// The demo's staff lists name seventy-two different people, each valid.
func TestDemoStaffDistinct(t *testing.T) {
	seen := map[string]bool{}
	for k := range units {
		for _, p := range staffOf(k) {
			p.ID, p.Unit = "x", "u"
			if err := p.Validate(); err != nil || seen[p.Name] {
				t.Errorf("%s: %v, seen %v", p.Name, err, seen[p.Name])
			}
			seen[p.Name] = true
		}
	}
	if len(seen) != len(units)*len(positions) {
		t.Errorf("%d names", len(seen))
	}
}
