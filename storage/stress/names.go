package stress

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"thidua/model"
)

// sectors are the kinds of office a bloc gathers: one sector a bloc, as
// provinces group their district-level offices.
// doc is the office as document numbers carry it ("Báo cáo số 12/BC-PTP").
var sectors = []struct{ office, doc string }{
	{"Phòng Lao động - Thương binh và Xã hội", "LĐTBXH"},
	{"Phòng Tư pháp", "PTP"},
	{"Phòng Tài chính - Kế hoạch", "TCKH"},
	{"Phòng Giáo dục và Đào tạo", "PGDĐT"},
	{"Phòng Y tế", "PYT"},
	{"Phòng Văn hóa và Thông tin", "PVHTT"},
	{"Phòng Nội vụ", "PNV"},
	{"Phòng Tài nguyên và Môi trường", "PTNMT"},
	{"Phòng Nông nghiệp và Phát triển nông thôn", "PNN"},
	{"Phòng Kinh tế - Hạ tầng", "PKTHT"},
}

// places are district-level localities a bloc's offices serve.
var places = []struct{ kind, name string }{
	{"thành phố", "Tuy Hòa"}, {"thị xã", "Sông Cầu"}, {"thị xã", "Đông Hòa"}, {"huyện", "Đồng Xuân"},
	{"huyện", "Tuy An"}, {"huyện", "Phú Hòa"}, {"huyện", "Tây Hòa"}, {"huyện", "Sơn Hòa"}, {"huyện", "Sông Hinh"},
	{"thành phố", "Quy Nhơn"}, {"thị xã", "An Nhơn"}, {"thị xã", "Hoài Nhơn"}, {"huyện", "Phù Cát"},
	{"huyện", "Phù Mỹ"}, {"huyện", "Tây Sơn"}, {"huyện", "Vân Canh"}, {"huyện", "Vĩnh Thạnh"}, {"huyện", "An Lão"},
	{"huyện", "Hoài Ân"}, {"huyện", "Tuy Phước"}, {"thành phố", "Quảng Ngãi"}, {"thị xã", "Đức Phổ"},
	{"huyện", "Bình Sơn"}, {"huyện", "Sơn Tịnh"}, {"huyện", "Tư Nghĩa"}, {"huyện", "Nghĩa Hành"},
	{"huyện", "Mộ Đức"}, {"huyện", "Ba Tơ"}, {"huyện", "Minh Long"}, {"huyện", "Sơn Hà"}, {"huyện", "Sơn Tây"},
	{"huyện", "Trà Bồng"}, {"huyện", "Lý Sơn"}, {"thành phố", "Tam Kỳ"}, {"thành phố", "Hội An"},
	{"thị xã", "Điện Bàn"}, {"huyện", "Duy Xuyên"}, {"huyện", "Đại Lộc"}, {"huyện", "Quế Sơn"},
	{"huyện", "Thăng Bình"}, {"huyện", "Núi Thành"}, {"huyện", "Phú Ninh"}, {"huyện", "Tiên Phước"},
	{"huyện", "Hiệp Đức"}, {"huyện", "Nông Sơn"}, {"huyện", "Đông Giang"}, {"huyện", "Tây Giang"},
	{"huyện", "Nam Giang"}, {"huyện", "Phước Sơn"}, {"huyện", "Bắc Trà My"}, {"huyện", "Nam Trà My"},
	{"thành phố", "Pleiku"}, {"thị xã", "An Khê"}, {"thị xã", "Ayun Pa"}, {"huyện", "Chư Păh"},
	{"huyện", "Chư Prông"}, {"huyện", "Chư Sê"}, {"huyện", "Đắk Đoa"}, {"huyện", "Ia Grai"}, {"huyện", "Kbang"},
}

// blocCode is the i-th bloc's code: K01, K02, …
func blocCode(i int) string { return fmt.Sprintf("K%02d", i+1) }

// blocName names the i-th bloc by its sector.
func blocName(i int) string {
	s := sectors[i%len(sectors)]
	return fmt.Sprintf("Khối thi đua các %s cấp huyện số %d", s.office, i/len(sectors)+1)
}

// blocUnits returns a bloc's n units, the first of which leads it: the
// sector's office in n localities drawn by rng. Past the list of
// localities, units are numbered.
func blocUnits(i, n int, rng *rand.Rand) []model.Unit {
	s := sectors[i%len(sectors)]
	order := rng.Perm(len(places))
	taken := map[string]bool{}
	out := make([]model.Unit, 0, n)
	for k := range n {
		var u model.Unit
		if k < len(places) {
			p := places[order[k]]
			u = model.Unit{Code: codeOf(p.name), ShortName: p.name, Name: s.office + " " + p.kind + " " + p.name,
				Kind: strings.ToUpper(p.kind[:1]) + p.kind[1:]}
		} else {
			u = model.Unit{Code: fmt.Sprintf("DV%04d", k+1), ShortName: fmt.Sprintf("Đơn vị %d", k+1),
				Name: fmt.Sprintf("%s đơn vị số %d", s.office, k+1)}
		}
		for base, j := u.Code, 2; taken[u.Code]; j++ {
			u.Code = fmt.Sprintf("%s%d", base, j)
		}
		taken[u.Code] = true
		out = append(out, u)
	}
	return out
}

// codeOf turns a place name into a unit code: "Đông Hòa" → DONGHOA.
func codeOf(name string) string {
	return strings.ToUpper(strings.ReplaceAll(model.Fold(name), " ", ""))
}
