package i18n

// Messages of the database and of imported files.
func init() {
	register(map[string]entry{
		"db.open": {
			"Không mở được cơ sở dữ liệu %s: %s. Hãy kiểm tra đường dẫn và quyền ghi vào thư mục.",
			"Cannot open the database %s: %s. Check the path and that the folder is writable.",
		},
		"db.is_dir": {
			"%s là một thư mục, không phải tệp cơ sở dữ liệu. Hãy chỉ tới tệp .db.",
			"%s is a folder, not a database file. Point to the .db file.",
		},
		"db.not_thidua": {
			"%s không phải là cơ sở dữ liệu thidua. Tệp không bị thay đổi. Hãy chọn đúng tệp, hoặc một tên tệp mới.",
			"%s is not a thidua database. The file was not changed. Choose the right file, or a new file name.",
		},
		"db.is_exchange": {
			"%s là tệp trao đổi (tệp gửi/nhận giữa các đơn vị), không phải cơ sở dữ liệu làm việc. Hãy nhập nó bằng lệnh thidua merge hoặc thidua join.",
			"%s is an exchange file (sent between units), not a working database. Import it with thidua merge or thidua join.",
		},
		"db.corrupt": {
			"Cơ sở dữ liệu %s bị hỏng. Đừng ghi đè lên nó; mở thidua để chọn bản sao lưu, hoặc chạy thidua restore để khôi phục bản sao lưu tốt mới nhất.",
			"The database %s is damaged. Do not overwrite it; open thidua to choose a backup, or run thidua restore to restore the newest good one.",
		},
		"db.no_backup": {
			"Không có bản sao lưu dùng được trong %s. Tệp hỏng không bị thay đổi. Hãy xin khối trưởng tệp thiết lập (hoặc tệp khối) mới nhất và nhập lại vào một cơ sở dữ liệu mới.",
			"There is no usable backup in %s. The damaged file was not changed. Ask the bloc leader for the latest setup (or bloc) file and bring it into a new database.",
		},
		"db.backup_bad": {
			"Bản sao lưu %s không dùng được (hỏng, hoặc không phải cơ sở dữ liệu thidua): %s. Hãy chọn bản khác.",
			"The backup %s cannot be used (damaged, or not a thidua database): %s. Choose another one.",
		},
		"db.restore": {
			"Không khôi phục được %s: %s. Tệp cũ vẫn ở nguyên chỗ; hãy kiểm tra chỗ trống và quyền ghi của thư mục.",
			"Could not restore %s: %s. The old file is still in place; check the free space and that the folder is writable.",
		},
		"db.restore_inside": {
			"%s chính là cơ sở dữ liệu đang dùng; hãy chọn một bản sao lưu.",
			"%s is the working database itself; choose a backup.",
		},
		"db.newer": {
			"Cơ sở dữ liệu %s được tạo bởi phiên bản thidua mới hơn (lược đồ %d, bản này hiểu tới %d). Hãy cập nhật thidua.",
			"The database %s was made by a newer thidua (schema %d; this one knows up to %d). Please update thidua.",
		},
		"db.no_bloc": {
			"Cơ sở dữ liệu chưa có khối thi đua nào. Hãy tạo dữ liệu mẫu bằng lệnh thidua demo, hoặc nhận tệp thiết lập từ khối trưởng.",
			"The database has no bloc yet. Create the demo with thidua demo, or join with the leader's setup file.",
		},
		"db.bloc_exists": {
			"Cơ sở dữ liệu này đã có khối thi đua. Hãy dùng một tệp khác (--db) để tạo khối mới.",
			"This database already holds a bloc. Use another file (--db) to start a new one.",
		},
		"bloc.no_name": {"Khối cần có mã và tên.", "A bloc needs a code and a name."},
		"file.write_full": {
			"Không ghi được %s: ổ đĩa đã đầy. Không có tệp ghi dở nào được để lại và dữ liệu không bị ảnh hưởng; hãy xóa bớt tệp hoặc chọn ổ khác rồi làm lại.",
			"Cannot write %s: the disk is full. No half-written file was left and the data is unharmed; free some space or choose another drive, then try again.",
		},
		"file.write_denied": {
			"Không ghi được %s: thư mục không cho phép ghi (chỉ đọc, USB bị khóa, hoặc thiếu quyền). Dữ liệu không bị ảnh hưởng; hãy chọn thư mục khác rồi làm lại.",
			"Cannot write %s: the folder cannot be written to (read-only, a locked USB stick, or no permission). The data is unharmed; choose another folder, then try again.",
		},
		"file.write": {
			"Không ghi được %s: %s. Không có tệp ghi dở nào được để lại; hãy kiểm tra thư mục và chỗ trống trên ổ đĩa.",
			"Cannot write %s: %s. No half-written file was left; check the folder and the free disk space.",
		},
		"db.backup_full": {
			"Không tạo được bản sao lưu trong %s: ổ đĩa đã đầy. Chưa có gì bị thay đổi; hãy xóa bớt tệp trên ổ đĩa này rồi làm lại.",
			"Could not write a backup in %s: the disk is full. Nothing was changed; free some space on this disk, then try again.",
		},
		"db.backup_denied": {
			"Không tạo được bản sao lưu trong %s: thư mục không cho phép ghi. Chưa có gì bị thay đổi; hãy kiểm tra quyền ghi vào thư mục của cơ sở dữ liệu.",
			"Could not write a backup in %s: the folder cannot be written to. Nothing was changed; check that the database's folder is writable.",
		},
		"db.backup": {
			"Không tạo được bản sao lưu trong %s: %s. Chưa có gì bị thay đổi; hãy kiểm tra chỗ trống trên ổ đĩa và quyền ghi vào thư mục.",
			"Could not write a backup in %s: %s. Nothing was changed; check the free space on the disk and that the folder is writable.",
		},
		"db.period_scored": {
			"Kỳ %s đã có %d điểm chấm theo bảng tiêu chí hiện tại nên không đổi bảng tiêu chí được.",
			"Period %s already has %d {score|scores} against its criteria table, so the table cannot change.",
		},
		"csv.row":    {"Dòng %d: %s", "Line %d: %s"},
		"csv.header": {"Tệp thiếu cột %s. Dòng tiêu đề cần có: %s", "The file lacks the column(s) %s. The header needs: %s"},
		"csv.empty":  {"Tệp không có dòng dữ liệu nào.", "The file has no data rows."},
		"csv.no_max": {"tiêu chí %s chưa có điểm tối đa.", "criterion %s has no maximum."},
		"csv.level":  {"cấp %s không hợp lệ (cấp 1 là phần lớn nhất, mỗi dòng chỉ sâu hơn dòng cha một cấp).", "level %s is not valid (1 is a top-level part; a row is at most one level below the row above it)."},
		"csv.no_unit": {
			"không ghi đơn vị: thêm cột unit, hoặc chọn đơn vị bằng --unit.",
			"no unit given: add a unit column, or choose the unit with --unit.",
		},
		"csv.duplicate":        {"mã %s đã có ở dòng %d.", "code %s is already on line %d."},
		"score.entry":          {"%s: %s", "%s: %s"},
		"registration.no_item": {"Dòng đăng ký cần có tên nội dung.", "A registration line needs an item name."},
	})
}
