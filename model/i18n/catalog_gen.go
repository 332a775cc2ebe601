package i18n

// Messages of thidua gen, the national stress set.
func init() {
	register(map[string]entry{
		"cli.help.gen": {
			"tạo bộ dữ liệu thử tải toàn quốc: gen --out THƯ_MỤC [--seed N] [--blocs 40] [--units 25] [--criteria 300] [--scale F]",
			"write the national stress set: gen --out FOLDER [--seed N] [--blocs 40] [--units 25] [--criteria 300] [--scale F]",
		},
		"gen.usage": {
			"cần --out THƯ_MỤC (một thư mục trống), ví dụ: thidua gen --out du-lieu-thu --seed 1",
			"--out FOLDER (an empty folder) is required, e.g.: thidua gen --out stress-set --seed 1",
		},
		"gen.bad_size": {
			"cần ít nhất 1 khối, 1 đơn vị mỗi khối, 3 tiêu chí, --scale lớn hơn 0 và --workers không âm.",
			"at least 1 bloc, 1 unit a bloc and 3 criteria are needed, --scale above 0 and --workers not negative.",
		},
		"gen.out_not_empty": {
			"thư mục %s đã có tệp: chọn một thư mục trống hoặc chưa có.",
			"the folder %s already holds files: choose an empty or new folder.",
		},
		"gen.start":    {"Đang tạo bộ dữ liệu thử tải trong %s (hạt giống %d)…", "Writing the stress set into %s (seed %d)…"},
		"gen.progress": {"  xong khối %d/%d (%s)", "  bloc %d/%d done (%s)"},
		"gen.shape": {
			"%d khối × %d đơn vị × %d tiêu chí, %d kỳ, điểm tự chấm và điểm Khối chấm; %d khối làm cùng lúc. Đã ghi:",
			"%d {bloc|blocs} × %d {unit|units} × %d {criterion|criteria}, %d {period|periods}, self and bloc review scores; %d {bloc|blocs} made at once. Written:",
		},
		"gen.part": {
			"  %-34s %6d tệp %9s MB %10d dòng %9s giây",
			"  %-34s %6d {file |files} %9s MB %10d {row |rows} %9s s",
		},
		"gen.part.leaders":     {"cơ sở dữ liệu khối trưởng", "leaders' databases"},
		"gen.part.setup":       {"tệp thiết lập gửi đơn vị", "setup files to units"},
		"gen.part.submissions": {"tệp tự chấm của đơn vị (đã ký)", "units' signed submissions"},
		"gen.part.merge":       {"khối trưởng nhập tệp tự chấm", "leaders merging submissions"},
		"gen.part.review":      {"khối trưởng tự chấm, chấm lại, duyệt", "leaders' own sheets, reviews, acceptance"},
		"gen.part.bloc_files":  {"tệp của khối gửi tỉnh", "bloc files to the province"},
		"gen.part.province":    {"tỉnh nhập tệp của các khối", "province merging the bloc files"},
		"gen.done": {
			"Cơ sở dữ liệu của tỉnh: %s, %d điểm ở mọi cấp chấm. Tổng thời gian %s giây (thời gian từng phần là tổng của các luồng).",
			"The province's database: %s, %d {score|scores} at every stage. %s s in all (each part's time is summed over the workers).",
		},
	})
}
