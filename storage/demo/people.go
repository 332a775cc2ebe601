package demo

import (
	"context"
	"fmt"
	"strings"

	"thidua/model"
	"thidua/model/people"
	"thidua/storage"
)

// The demo's people: eight on each unit's staff, named from these parts
// (a different mix in each unit), with their reviews of 2017–2019, the
// titles they held, their registrations for 2019 and the unit's proposals
// for the year: seven "Lao động tiên tiến", one "Chiến sĩ thi đua cơ sở"
// (15% of seven is one), a commendation; Tuy Hòa proposes a provincial
// certificate that the leader marks to go up, and Đông Hòa two
// certificates for one person accepted with the reason the rule asks.
var (
	familyNames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"}
	middleNames = []string{"Văn", "Thị", "Minh", "Thị Thu", "Ngọc", "Thị Kim", "Quốc", "Thị Mỹ"}
	menNames    = []string{"An", "Bình", "Cường", "Dũng", "Hùng", "Long", "Nam", "Phúc", "Quý", "Trung", "Tuấn", "Tâm"}
	womenNames  = []string{"Dung", "Hạnh", "Lan", "Mai", "Nga", "Sương", "Thảo", "Vân", "Yến", "Hương", "Linh", "Trang"}
	positions   = []string{"Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên", "Chuyên viên", "Chuyên viên", "Kế toán", "Cán sự", "Văn thư"}
)

// staffOf is unit number k's staff list.
func staffOf(k int) []people.Person {
	out := make([]people.Person, len(positions))
	for i := range out {
		mid := middleNames[(i+k)%len(middleNames)]
		sex, given := people.Male, menNames
		if strings.HasPrefix(mid, "Thị") {
			sex, given = people.Female, womenNames
		}
		out[i] = people.Person{
			Name:     familyNames[(i*5+k)%len(familyNames)] + " " + mid + " " + given[(i*4+k)%len(given)],
			Position: positions[i], Sex: sex, BirthYear: 1968 + (i*4+k)%28,
		}
	}
	return out
}

// writePeople writes every unit's staff, history, registrations and
// proposals for the year period, as the units' files would bring them,
// and the leader's marks of what the bloc proposes upward.
func writePeople(ctx context.Context, db *storage.DB, leader model.Actor, year model.Period, ids map[string]string) error {
	for k, u := range units {
		unitID := ids[u.Code]
		if _, err := db.ImportStaff(ctx, leader, unitID, staffOf(k), "Danh sách cán bộ "+u.ShortName+".xlsx"); err != nil {
			return fmt.Errorf("demo staff %s: %w", u.Code, err)
		}
		staff, err := db.Staff(ctx, unitID)
		if err != nil {
			return err
		}
		byName := map[string]people.Person{}
		for _, p := range staff {
			byName[p.Name] = p
		}
		list := staffOf(k)
		var who []people.Person
		for _, p := range list {
			who = append(who, byName[p.Name])
		}
		if err := writeUnitPeople(ctx, db, leader, year, u.Code, who); err != nil {
			return fmt.Errorf("demo people %s: %w", u.Code, err)
		}
	}
	tuyhoa, err := db.Staff(ctx, ids[TuyHoa])
	if err != nil {
		return err
	}
	head := staffOf(0)[0].Name
	for _, p := range tuyhoa {
		if p.Name == head {
			return db.SetUpward(ctx, leader, year.ID, p.ID, people.BKTinh, true)
		}
	}
	return fmt.Errorf("demo: %s not on Tuy Hòa's staff", head)
}

// writeUnitPeople writes one unit's history, registrations and
// proposals; who is its staff in list order (the head of the office
// first).
func writeUnitPeople(ctx context.Context, db *storage.DB, leader model.Actor, year model.Period, code string, who []people.Person) error {
	var h people.History
	var regs []people.Registration
	for i, p := range who {
		for y := 2017; y <= 2019; y++ {
			r := people.Good
			if i < 2 || y == 2019 && i == 2 {
				r = people.Excellent
			}
			h.Reviews = append(h.Reviews, people.Review{Person: p.ID, Year: y, Rating: r})
		}
		if i < 7 {
			h.Awards = append(h.Awards, people.Award{Person: p.ID, Year: 2018, Form: people.LDTT, Decision: "Quyết định số 45/QĐ-UBND ngày 15/01/2019"})
		}
		forms := []people.Form{people.LDTT}
		if i == 0 {
			forms = []people.Form{people.CSTDCS}
		}
		if i < 7 {
			regs = append(regs, people.Registration{Person: p.ID, Year: 2019, Forms: forms})
		}
	}
	if err := db.SetHistory(ctx, leader, h); err != nil {
		return err
	}
	if err := db.SetNomineeRegistrations(ctx, leader, year.ID, regs); err != nil {
		return err
	}
	var props []people.Proposal
	for i := 0; i < 7; i++ {
		props = append(props, people.Proposal{Person: who[i].ID, Form: people.LDTT, Achievement: "Hoàn thành tốt nhiệm vụ năm 2019"})
	}
	props = append(props,
		people.Proposal{Person: who[0].ID, Form: people.CSTDCS, Achievement: "Hoàn thành xuất sắc nhiệm vụ năm 2019, dẫn đầu phong trào thi đua của phòng"},
		people.Proposal{Person: who[2].ID, Form: people.GiayKhen, Achievement: "Hoàn thành xuất sắc công tác chi trả trợ cấp ưu đãi người có công năm 2019"})
	switch code {
	case TuyHoa:
		props = append(props, people.Proposal{Person: who[0].ID, Form: people.BKTinh,
			Achievement: "Thành tích xuất sắc trong thực hiện chính sách giảm nghèo bền vững 2017–2019"})
	case DongHoa:
		// The lower of two certificates is the one the rule checks: the
		// reason goes with it.
		props[len(props)-1].Reason = "Hai thành tích khác nhau: chi trả trợ cấp (giấy khen) và chuyển đổi số (bằng khen)"
		props = append(props, people.Proposal{Person: who[2].ID, Form: people.BKTinh,
			Achievement: "Thành tích xuất sắc trong chuyển đổi số hồ sơ người có công"})
	}
	_, err := db.Nominate(ctx, leader, year.ID, props)
	return err
}
