package main

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"thidua/cmd/thidua/app"
	"thidua/model"
	"thidua/storage/demo"
)

// office is one PC of the season: its own home folder (Downloads,
// Documents), its own database, a real terminal.
type office struct {
	t    *testing.T
	home string
	db   string
}

func newOffice(t *testing.T, root, name string) *office {
	home := filepath.Join(root, name)
	for _, d := range []string{"Downloads", "Documents", ".config"} {
		if err := os.MkdirAll(filepath.Join(home, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return &office{t: t, home: home, db: filepath.Join(home, "thidua.db")}
}

// open starts thidua on the office's database in a 120×40 terminal.
func (o *office) open(bin string) *terminal {
	env := []string{"HOME=" + o.home, "XDG_CONFIG_HOME=" + filepath.Join(o.home, ".config"),
		"XDG_DATA_HOME=" + filepath.Join(o.home, ".local"), "USER=thidua-e2e"}
	return newTerminal(o.t, 120, 40, env, bin, "--db", o.db)
}

// receive puts files into the office's Downloads (a chat app, a USB stick
// copied over), in folder if given.
func (o *office) receive(folder string, files ...string) {
	dir := filepath.Join(o.home, "Downloads", folder)
	os.MkdirAll(dir, 0o755)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			o.t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			o.t.Fatal(err)
		}
	}
}

// newest is the newest file matching pattern.
func newest(t *testing.T, pattern string) string {
	files, _ := filepath.Glob(pattern)
	if len(files) == 0 {
		t.Fatalf("no file %s", pattern)
	}
	sort.Slice(files, func(i, j int) bool {
		a, _ := os.Stat(files[i])
		b, _ := os.Stat(files[j])
		return a.ModTime().Before(b.ModTime())
	})
	return files[len(files)-1]
}

// keyCount counts the keys a person presses in the counted part of the
// season.
type keyCount struct {
	tm *terminal
	n  int
}

func (k *keyCount) keys(keys ...string) {
	k.n += len(keys)
	k.tm.keys(keys...)
}

// The whole season in real terminals, without the command line: a new
// bloc from the welcome, setup files, two units on their own databases
// joining (the setup file picked in Downloads), scoring and sending; the
// leader merging the folder of unit files picked in the picker, reviewing
// a score with a reason, returning a criterion; the unit answering it in
// the interface and sending again; the leader merging the answer, closing
// the return, ranking, printing the report and writing the bloc file
// after the warning about the unit it has not reviewed. No path is typed.
func TestE2EWholeSeasonWithoutCommandLine(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	root := filepath.Join(t.TempDir(), "Mùa thi đua")
	leader := newOffice(t, root, "Xuân Lãnh")
	phuoc := newOffice(t, root, "Xuân Phước")
	tho := newOffice(t, root, "Xuân Thọ")

	// The leader starts a new bloc from the welcome.
	tm := leader.open(bin)
	tm.waitFor("Chào mừng đến với thidua")
	tm.keys("Enter")
	tm.waitFor("Bước 1/6: Khối thi đua")
	tm.text("Cụm thi đua số 3 các xã")
	tm.keys("Enter", "Enter")
	tm.waitFor("Bước 2/6")
	for _, v := range []string{"XUANLANH", "Ủy ban nhân dân xã Xuân Lãnh", "XUANPHUOC", "Ủy ban nhân dân xã Xuân Phước",
		"XUANTHO", "Ủy ban nhân dân xã Xuân Thọ"} {
		tm.text(v)
		tm.keys("Enter")
	}
	tm.waitFor("Đã có 3 đơn vị", "XUANTHO")
	tm.keys("Enter")
	tm.waitFor("Bước 4/6: Bảng tiêu chí")
	tm.keys("Enter", "Enter")
	tm.waitFor("Bước 5/6")
	tm.keys("Enter", "Enter")
	tm.waitFor("Bước 6/6", "Đơn vị thành viên: 3")
	tm.keys("Enter")
	tm.waitFor("Khối trưởng: Xuân Lãnh", "Đơn vị thành viên (3)")
	// The setup files, into the folder offered (Documents).
	tm.keys("5")
	tm.waitFor("Trao đổi tệp")
	tm.keys("s")
	tm.waitFor("Lưu vào thư mục này")
	tm.keys("Enter")
	tm.waitFor("Đã ghi 2 tệp thiết lập")
	tm.keys("q")
	tm.waitExit()
	setups := filepath.Join(leader.home, "Documents", "tep-thiet-lap")

	// Each unit gets its setup file (by Zalo: Downloads), joins, scores
	// its whole sheet and sends its file.
	var leaves []model.Criterion
	table, err := (app.App{}).DemoCriteria()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range table {
		if c.Scorable() {
			leaves = append(leaves, c)
		}
	}
	for _, u := range []struct {
		o    *office
		code string
		name string
	}{{phuoc, "XUANPHUOC", "Xuân Phước"}, {tho, "XUANTHO", "Xuân Thọ"}} {
		u.o.receive("", newest(t, filepath.Join(setups, "TD-thietlap-*-"+u.code+"-*.sqlite")))
		tu := u.o.open(bin)
		tu.waitFor("Nhận tệp thiết lập từ khối trưởng")
		tu.keys("Down", "Enter")
		tu.waitFor("Tải về (Downloads)") // the places: where received files land
		tu.keys("Enter")                 // Downloads
		tu.waitFor("TD-thietlap-")
		tu.keys("Enter") // the setup file
		tu.waitFor("Mã khóa của khối trưởng")
		tu.keys("Right", "Enter")
		tu.waitFor("Đơn vị: " + u.name)
		tu.keys("3")
		tu.waitFor("Chấm điểm: "+u.name+" — tự chấm", "I.1.1 · ")
		var burst strings.Builder
		for _, c := range leaves {
			burst.WriteString(strings.ReplaceAll(demo.FullMarksInput(c), ".", ",") + "\r")
		}
		tu.text(burst.String())
		tu.waitFor("Điểm chuẩn 100/100 · thưởng 0 · trừ 0 · tổng 100")
		tu.keys("C-Right", "C-Right")
		tu.waitFor("Chưa gửi tệp tự chấm kỳ này")
		tu.keys("x")
		tu.waitFor("Lưu vào thư mục này")
		tu.keys("Enter")
		tu.waitFor("Đã ghi", "Biên nhận") // the file written: the board has a "Biên nhận" column too
		tu.keys("q")
		tu.waitExit()
		// The file goes to the leader: the folder of unit files.
		leader.receive("Tệp đơn vị gửi", newest(t, filepath.Join(u.o.home, "Documents", "TD-tucham-*.sqlite")))
	}

	// From the folder of unit files to the report, counted.
	tm = leader.open(bin)
	tm.waitFor("Khối trưởng: Xuân Lãnh")
	k := &keyCount{tm: tm}
	k.keys("5", "o")
	tm.waitFor("Tải về (Downloads)")
	k.keys("Enter") // Downloads
	tm.waitFor("Tệp đơn vị gửi/")
	k.keys("Enter") // the folder
	tm.waitFor("Nhận cả 2 tệp trong thư mục này")
	k.keys("Enter")
	tm.waitFor("Xem trước 2 tệp", "Sẽ nhập")
	k.keys("a")
	tm.waitFor("Kết quả nhập 2 tệp", "2 nhập")
	merge := k.n

	// The bloc reviews Xuân Phước: a changed score with its reason, and a
	// criterion returned from the sheet itself (no code typed).
	tm.keys("3")
	tm.waitFor("Chấm điểm: Xuân Lãnh")
	tm.keys("u")
	tm.text("xuan phuoc")
	tm.keys("Enter")
	tm.waitFor("Chấm điểm: Xuân Phước — tự chấm")
	tm.keys("s", ":")
	tm.text("II.5")
	tm.keys("Enter")
	tm.text("1")
	tm.keys("Enter")
	tm.waitFor("Lý do chấm khác ở II.5")
	tm.text("Chưa có biên bản thanh tra năm")
	tm.keys("Enter")
	tm.waitFor("Điểm chuẩn 98/100")
	tm.keys(":")
	tm.text("II.2")
	tm.keys("Enter", "t")
	tm.waitFor("Trả lại II.2 cho Xuân Phước")
	tm.text("Thiếu 01 báo cáo quý, đề nghị giải trình")
	tm.keys("Enter")
	tm.waitFor("Đã trả lại II.2 cho Xuân Phước")
	// The reason goes in the next setup file.
	tm.keys("C-Right")
	tm.waitFor("Kết quả xếp hạng")
	tm.keys("5")
	tm.waitFor("Kết quả nhập 2 tệp") // the merge's outcome stays until esc
	tm.keys("Escape", "s")
	tm.waitFor("Lưu vào thư mục này")
	tm.keys("Enter")
	tm.waitFor("Đã ghi 2 tệp thiết lập")
	tm.keys("q")
	tm.waitExit()

	// Xuân Phước takes it, answers in the interface, sends again.
	os.Remove(filepath.Join(phuoc.home, "Downloads", filepath.Base(newest(t, filepath.Join(phuoc.home, "Downloads", "*.sqlite")))))
	phuoc.receive("", newest(t, filepath.Join(setups, "TD-thietlap-*-XUANPHUOC-*.sqlite")))
	tu := phuoc.open(bin)
	tu.waitFor("Đơn vị: Xuân Phước")
	tu.keys("5", "o")
	tu.waitFor("Tải về (Downloads)")
	tu.keys("Enter")
	tu.waitFor("TD-thietlap-")
	tu.keys("Enter")
	tu.waitFor("Đã nhận tệp thiết lập", "Thiếu 01 báo cáo quý")
	tu.keys("Enter")
	tu.waitFor("Tiêu chí II.2 bị trả lại")
	tu.text("Báo cáo quý III gửi chậm do mất điện, đã gửi bổ sung ngày 5/10")
	tu.keys("Enter")
	tu.waitFor("Đã lưu giải trình")
	tu.keys("x")
	tu.waitFor("Lưu vào thư mục này") // answered: no warning
	tu.keys("Enter")
	tu.waitFor("Đã ghi", "Biên nhận") // the file written: the board has a "Biên nhận" column too
	tu.keys("q")
	tu.waitExit()
	leader.receive("Tệp đơn vị gửi", newest(t, filepath.Join(phuoc.home, "Documents", "TD-tucham-*.sqlite")))

	// The leader takes the answer in (the folder is offered first now),
	// closes the return, ranks, prints and writes the bloc file.
	tm = leader.open(bin)
	tm.waitFor("Khối trưởng: Xuân Lãnh")
	tm.keys("5", "o")
	tm.waitFor("Dùng lần trước")
	tm.keys("Enter")
	tm.waitFor("Nhận cả 3 tệp trong thư mục này")
	tm.keys("Enter")
	tm.waitFor("Xem trước 3 tệp")
	tm.keys("a")
	tm.waitFor("Kết quả nhập 3 tệp", "1 nhập")
	tm.keys("Escape", "Down")
	tm.waitFor("giải trình: Báo cáo quý III gửi chậm")
	tm.keys("c")
	tm.waitFor("Kết thúc việc trả lại")
	tm.keys("Enter")
	tm.waitFor("Đã kết thúc việc trả lại")
	k.tm = tm
	k.keys("4")
	tm.waitFor("Kết quả xếp hạng", "Xuân Phước", "Xuân Thọ")
	k.keys("o")
	tm.waitFor("Xuất báo cáo")
	k.keys("Enter", "Enter")
	tm.waitFor("Đã ghi báo cáo")
	tm.keys("5", "x")
	tm.waitFor("Trước khi làm tệp", "1 đơn vị khối chưa chấm", "Xuân Thọ")
	tm.keys("Enter")
	tm.waitFor("Lưu vào thư mục này")
	tm.keys("Enter")
	tm.waitFor("Đã ghi", "Biên nhận") // the file written: the board has a "Biên nhận" column too
	tm.keys("q")
	tm.waitExit()
	t.Logf("keystrokes from the folder of unit files to the report written: %d (merge %d, rank and report %d), no path typed",
		k.n, merge, k.n-merge)
	if k.n >= 15 {
		t.Errorf("%d keystrokes from the folder of unit files to the report, the target is under 15", k.n)
	}

	// What the season left in the leader's database.
	if files, _ := filepath.Glob(filepath.Join(leader.home, "Documents", "*.xlsx")); len(files) != 1 {
		t.Errorf("report: %v", files)
	}
	if files, _ := filepath.Glob(filepath.Join(leader.home, "Documents", "TD-khoi-*.sqlite")); len(files) != 1 {
		t.Errorf("bloc file: %v", files)
	}
	d := openDB(t, leader.db)
	defer d.Close()
	ctx := context.Background()
	periods, _ := d.Periods(ctx)
	p := periods[0]
	u, _ := d.UnitByCode(ctx, "XUANPHUOC")
	sheet, _ := d.LoadSheet(ctx, p.ID, u.ID)
	c, _ := sheet.Tree.Resolve("II.5")
	if r := sheet.Rows[c.ID][model.StageBloc]; r.Points != 100 {
		t.Errorf("the bloc's II.5 = %v", r.Points)
	}
	hist, _ := d.History(ctx, p.ID, u.ID, c.ID)
	if len(hist) == 0 || hist[0].Reason != "Chưa có biên bản thanh tra năm" {
		t.Errorf("II.5 history: %+v", hist)
	}
	answers, _ := d.Explanations(ctx, p.ID, u.ID)
	if len(answers) != 1 || !strings.Contains(answers[0].Answer, "mất điện") {
		t.Errorf("answers at the leader: %+v", answers)
	}
	if rs, _ := d.Returns(ctx, p.ID, u.ID); len(rs) != 0 {
		t.Errorf("the return is still open: %+v", rs)
	}
	res, _ := d.Result(ctx, p.ID)
	if len(res.Ranking.Ranked) != 2 {
		t.Errorf("ranked: %d", len(res.Ranking.Ranked))
	}
}

// At 80×24 on the scoring screen: a letter typed by mistake is refused at
// once and never saved, 5 is a score (not screen 5), the keys shown are
// the ones that work there, and ctrl+z touches nothing it did not make.
func TestE2EScoringAt80x24(t *testing.T) {
	t.Parallel() // its own tmux server and files; it mostly waits for the screen
	bin := binary(t)
	db := demoDB(t)
	tm := newTerminal(t, 80, 24, nil, bin, "--db", db)
	tm.waitFor("Khối trưởng: Sông Cầu")
	tm.keys("3")
	tm.waitFor("Chấm điểm: Sông Cầu", "ctrl+←→")
	tm.keys("1", "o")
	tm.waitFor("«o» không có trong điểm (đang gõ 1o).")
	tm.keys("Enter")
	s := tm.waitFor("«o» không có trong điểm")
	if !strings.Contains(s, "1o_") {
		t.Errorf("the refused value is not kept on screen:\n%s", s)
	}
	tm.keys("Escape", "5")
	s = tm.waitFor("5_")
	if strings.Contains(s, "Trao đổi tệp —") {
		t.Errorf("5 switched screens on the scoring screen:\n%s", s)
	}
	tm.keys("Escape", "C-z")
	tm.waitFor("Không còn thay đổi nào của bạn")
	for _, line := range strings.Split(tm.screen(), "\n") {
		if strings.HasSuffix(strings.TrimRight(line, " "), "…") && strings.Contains(line, "•") {
			t.Errorf("the footer is cut: %q", line)
		}
	}
	tm.keys("q")
	tm.waitExit()
	// Nothing was saved: the sheet is the demo's.
	d := openDB(t, db)
	defer d.Close()
	ctx := context.Background()
	p, _ := d.PeriodByCode(ctx, "2019")
	own, _ := d.UnitByCode(ctx, "SONGCAU")
	hist, _ := d.History(ctx, p.ID, own.ID, "")
	for _, h := range hist {
		if h.At.Year() != 2019 {
			t.Errorf("a change was saved: %+v", h)
		}
	}
}
