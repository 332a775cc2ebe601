package i18n

// Messages of the file exchange (setup, submission and bloc files): the
// verifier, the merge, holds, returns, joining, and their commands. Every
// refusal says what to do next.
func init() {
	register(map[string]entry{
		// Kinds of file, as people call them.
		"exchange.kind.setup":             {"tệp thiết lập", "setup file"},
		"exchange.kind.unit_submission":   {"tệp tự chấm của đơn vị", "unit's submission"},
		"exchange.kind.bloc_export":       {"tệp của khối", "bloc file"},
		"exchange.kind.province_decision": {"tệp quyết định của tỉnh", "province's decision file"},

		// Phase A: the file itself.
		"exchange.empty": {
			"Tệp rỗng (0 byte). Đề nghị bên gửi xuất lại và gửi lại tệp.",
			"The file is empty (0 bytes). Ask the sender to export and send it again.",
		},
		"exchange.too_big": {
			"Tệp quá lớn (%s, tối đa %s): không phải tệp thidua bình thường. Kiểm tra đã chọn đúng tệp chưa.",
			"The file is too large (%s, at most %s): not a normal thidua file. Check that the right file was chosen.",
		},
		"exchange.unreadable": {
			"Không đọc được %s: %s. Chép tệp vào máy rồi thử lại.",
			"Cannot read %s: %s. Copy the file to this computer and try again.",
		},
		"exchange.not_thidua": {
			"Không phải tệp thidua (có thể là tệp Word, Excel, tệp nén hoặc cơ sở dữ liệu khác). Đề nghị bên gửi gửi đúng tệp do thidua xuất ra.",
			"Not a thidua file (perhaps a Word, Excel, zip or other database file). Ask the sender for the file thidua exported.",
		},
		"exchange.wal": {
			"Định dạng không hỗ trợ: tệp đang ở chế độ ghi nhật ký (WAL), không phải tệp do thidua xuất ra. Đề nghị bên gửi dùng lệnh xuất tệp của thidua.",
			"Unsupported format: the file is in write-ahead-log (WAL) mode, not a file thidua exported. Ask the sender to use thidua's export.",
		},
		"exchange.newer": {
			"Tệp do phiên bản mới hơn tạo ra (định dạng %d) — hãy cập nhật thidua rồi nhập lại.",
			"The file was made by a newer version (format %d) — please update thidua and import it again.",
		},
		"exchange.older": {
			"Tệp dùng định dạng %d, phiên bản này không đọc được. Đề nghị bên gửi cập nhật thidua và xuất lại.",
			"The file uses format %d, which this version cannot read. Ask the sender to update thidua and export again.",
		},
		"exchange.truncated": {
			"Tệp hỏng hoặc gửi chưa hết — đề nghị đơn vị gửi lại.",
			"The file is damaged or was not sent completely — ask the unit to send it again.",
		},
		"exchange.damaged": {
			"Tệp hỏng hoặc gửi chưa hết — đề nghị đơn vị gửi lại.",
			"The file is damaged or incomplete — ask the unit to send it again.",
		},
		"exchange.value_too_large": {
			"Tệp có giá trị quá lớn (một ô vượt 1 MB): không phải tệp thidua bình thường. Đề nghị bên gửi xuất lại.",
			"The file holds a value too large (a cell over 1 MB): not a normal thidua file. Ask the sender to export again.",
		},
		"exchange.schema": {
			"Tệp đã bị sửa cấu trúc (%s). Không nhập; đề nghị bên gửi xuất lại bằng thidua.",
			"The file's structure was altered (%s). Nothing imported; ask the sender to export again with thidua.",
		},
		"exchange.manifest": {
			"Phần mô tả của tệp không hợp lệ. Đề nghị bên gửi xuất lại.",
			"The file's description (manifest) is not valid. Ask the sender to export again.",
		},
		"exchange.content_hash": {
			"Tệp đã bị sửa sau khi xuất: nội dung không khớp mã kiểm tra. Đề nghị đơn vị gửi tệp mới xuất từ thidua.",
			"The file was changed after export: its contents do not match their checksum. Ask the unit for a file freshly exported by thidua.",
		},
		"exchange.signature": {
			"Chữ ký không hợp lệ: tệp đã bị sửa sau khi ký. Đề nghị đơn vị gửi tệp mới xuất từ thidua.",
			"Invalid signature: the file was changed after it was signed. Ask the unit for a file freshly exported by thidua.",
		},
		"exchange.not_owned": {
			"Tệp chứa dữ liệu không thuộc quyền của đơn vị: %s. Không nhập dòng nào; báo cho khối trưởng.",
			"The file holds data its author does not own: %s. Nothing was imported; tell the bloc leader.",
		},
		"exchange.rows":        {"%s (%d dòng)", "%s (%d {row|rows})"},
		"exchange.row_table":   {"bảng %s không được có trong loại tệp này", "table %s is not allowed in this kind of file"},
		"exchange.row_bloc":    {"%s: dòng của khối khác", "%s: a row of another bloc"},
		"exchange.row_period":  {"%s: dòng của kỳ khác", "%s: a row of another period"},
		"exchange.row_unit":    {"%s: dòng của đơn vị khác", "%s: a row of another unit"},
		"exchange.row_stage":   {"%s: điểm ở bước chấm không được phép", "%s: a score at a stage not allowed"},
		"exchange.score_input": {"điểm không khớp với số liệu đã nhập", "the points do not match the figures typed"},
		"exchange.bounds": {
			"Điểm không hợp lệ theo bảng tiêu chí: %s. Không nhập; đề nghị đơn vị sửa rồi gửi lại.",
			"Scores not valid under the criteria table: %s. Nothing imported; ask the unit to correct and send again.",
		},
		"exchange.criteria_hash": {
			"Bảng tiêu chí %q trong tệp không khớp mã của nó: tệp đã bị sửa. Đề nghị khối trưởng gửi lại tệp.",
			"The criteria table %q in the file does not match its hash: the file was altered. Ask the leader to send it again.",
		},
		"exchange.criteria_unknown": {
			"Bảng tiêu chí không khớp: tệp được chấm theo một bảng tiêu chí không có ở đây. Gửi cho đơn vị tệp thiết lập mới nhất rồi đề nghị đơn vị xuất lại.",
			"The criteria table does not match: the file was scored on a table not known here. Send the unit the latest setup file and ask it to export again.",
		},
		"exchange.nested": {
			"Điểm tự chấm của đơn vị %s khác bản đơn vị đã ký: khối trưởng đã sửa điểm tự chấm của đơn vị. Không nhập; liên hệ khối trưởng.",
			"The self-scores of unit %s differ from what the unit signed: the leader changed a unit's self-scores. Nothing imported; contact the bloc leader.",
		},
		"exchange.nested_key": {
			"Bản tự chấm của đơn vị %s được ký bằng khóa khác khóa trong danh sách khối. Không nhập; liên hệ khối trưởng.",
			"Unit %s's submission is signed by another key than the one in the bloc's roster. Nothing imported; contact the bloc leader.",
		},
		"exchange.structure": {
			"Tệp có dữ liệu không hợp lệ: không phải do thidua xuất ra đúng cách. Đề nghị bên gửi xuất lại.",
			"The file holds invalid data: thidua did not export it this way. Ask the sender to export again.",
		},
		"exchange.panic": {
			"Lỗi khi kiểm tra tệp; tệp không được nhập và dữ liệu không bị ảnh hưởng. Báo cho người hỗ trợ kèm tệp này (chạy lại với --debug để xem chi tiết).",
			"An error while checking the file; it was not imported and no data was affected. Report it with the file (run again with --debug for the details).",
		},
		"exchange.timeout": {
			"Kiểm tra tệp quá lâu nên đã dừng: tệp có cấu trúc bất thường. Không nhập; đề nghị bên gửi xuất lại.",
			"Checking the file took too long and was stopped: its structure is abnormal. Nothing imported; ask the sender to export again.",
		},
		"exchange.changed": {
			"Tệp đã thay đổi trong lúc đang nhập (có thể do đang chép dở). Chép lại tệp rồi nhập lại.",
			"The file changed while it was being imported (perhaps it was still being copied). Copy it again and import it again.",
		},
		"exchange.child": {
			"Chương trình kiểm tra tệp bị lỗi khi đọc tệp này. Không nhập; đề nghị bên gửi xuất lại.",
			"The file checker failed on this file. Nothing imported; ask the sender to export again.",
		},

		// Phase B: the file against this installation.
		"exchange.kind_here": {
			"Không nhận %s ở đây. Khối trưởng nhập tệp tự chấm của đơn vị và tệp quyết định của tỉnh; tỉnh nhập tệp của khối; đơn vị nhận tệp thiết lập bằng lệnh thidua join.",
			"A %s is not accepted here. The bloc leader merges units' submissions and the province's decision files; the province merges bloc files; a unit takes its setup file with thidua join.",
		},
		"exchange.send_to_leader": {
			"Đây là tệp tự chấm của đơn vị %s: hãy gửi cho khối trưởng, tỉnh chỉ nhận tệp của khối.",
			"This is unit %s's own submission: send it to the bloc leader; the province takes bloc files only.",
		},
		"exchange.use_join": {
			"Máy của đơn vị không nhập tệp bằng lệnh merge. Tệp thiết lập từ khối trưởng được nhận bằng: thidua join TỆP",
			"A unit's installation does not merge files. Take the leader's setup file with: thidua join FILE",
		},
		"exchange.no_merge": {
			"Cơ sở dữ liệu này chưa thuộc khối nào nên chưa nhập được tệp. Khối trưởng tạo khối trước; tỉnh dùng thidua merge --province.",
			"This database belongs to no bloc yet, so it cannot merge files. A leader sets up the bloc first; a province uses thidua merge --province.",
		},
		"exchange.other_bloc": {
			"Tệp của khối/kỳ khác: khối %s, kỳ %s. Không nhập; kiểm tra đã gửi đúng khối chưa.",
			"The file belongs to another bloc or period: bloc %s, period %s. Nothing imported; check it was sent to the right bloc.",
		},
		"exchange.other_period": {
			"Tệp của khối/kỳ khác: kỳ %s không có trong khối %s ở máy này. Không nhập; kiểm tra lại kỳ thi đua của tệp.",
			"The file belongs to another bloc or period: period %s is not one of bloc %s here. Nothing imported; check the file's period.",
		},
		"exchange.not_in_roster": {
			"Đơn vị không thuộc khối: %s. Không nhập; nếu đơn vị mới vào khối, hãy thêm đơn vị rồi gửi tệp thiết lập cho đơn vị.",
			"The unit is not in the bloc: %s. Nothing imported; if it has just joined, add it and send it a setup file.",
		},
		"exchange.withdrawn": {
			"Đơn vị %s đã rút khỏi khối nên tệp không được nhập. Nếu đơn vị trở lại, hãy khôi phục đơn vị trước.",
			"Unit %s has withdrawn from the bloc, so its file is not imported. If it returns, restore the unit first.",
		},
		"exchange.signed_by_other": {
			"Tệp ghi là của %s nhưng được ký bằng khóa của %s: có thể là mạo danh. Không nhập; tệp và báo cáo được lưu trong thư mục archive — gọi cho cả hai đơn vị.",
			"The file says it is from %s but is signed with %s's key: possibly an impostor. Nothing imported; the file and its report are kept in the archive folder — call both units.",
		},
		"exchange.leader_unit": {
			"Tệp ghi là của %s, đơn vị khối trưởng: điểm của khối trưởng được nhập ngay trên máy này. Không nhập tệp.",
			"The file says it is from %s, the leader's own unit, whose scores are entered on this computer. Not imported.",
		},

		// Outcomes.
		"exchange.status.applied":     {"Đã nhập", "Applied"},
		"exchange.status.unchanged":   {"Không thay đổi", "Unchanged"},
		"exchange.status.stale":       {"Bản cũ hơn — bỏ qua", "Older version — skipped"},
		"exchange.status.held":        {"Chờ quyết định", "Held"},
		"exchange.status.would_apply": {"Sẽ nhập", "Would apply"},
		"exchange.status.rejected":    {"Bị từ chối", "Rejected"},
		"exchange.applied": {
			"Đã nhập: %d mới, %d sửa, %d xóa, %d không đổi.",
			"Applied: %d new, %d changed, %d removed, %d unchanged.",
		},
		"exchange.would_apply": {
			"Sẽ nhập: %d mới, %d sửa, %d xóa, %d không đổi. Chạy lại không có --dry-run để nhập.",
			"Would apply: %d new, %d changed, %d removed, %d unchanged. Run again without --dry-run to apply.",
		},
		"exchange.duplicate": {
			"Đã nhập ngày %s — tệp này đã nhận rồi, không có gì thay đổi.",
			"Already imported on %s — this file was received before; nothing changed.",
		},
		"exchange.unchanged": {
			"Không thay đổi so với bản đã nhập (đã ghi nhận lần gửi %d).",
			"Unchanged from the version applied (send %d noted).",
		},
		"exchange.stale": {
			"Bản cũ hơn — bỏ qua (lần gửi %d, đã có lần gửi %d). Không cần làm gì.",
			"Older version — skipped (send %d; send %d is already applied). Nothing to do.",
		},
		"exchange.hold.unverified_key": {
			"Chờ xác minh: tệp đầu tiên của %s không có mã thiết lập hợp lệ. Gọi cho đơn vị đọc mã %s; nếu khớp, chấp nhận bằng thidua hold accept.",
			"Awaiting verification: %s's first file has no valid setup code. Call the unit and read out code %s; if it matches, accept it with thidua hold accept.",
		},
		"exchange.hold.key_changed": {
			"Khóa đã thay đổi: %s gửi tệp ký bằng khóa mới (cài lại máy, hoặc mạo danh). Gọi cho đơn vị đọc mã %s; nếu khớp, chấp nhận bằng thidua hold accept. Khóa cũ vẫn được giữ tới lúc đó.",
			"Key changed: %s sent a file signed with a new key (a reinstall, or an impostor). Call the unit and read out code %s; if it matches, accept it with thidua hold accept. The old key stays until then.",
		},
		"exchange.hold.unverified_key_bloc": {
			"Chờ xác minh: tệp đầu tiên của khối %s. Gọi cho khối trưởng đọc mã %s; nếu khớp, chấp nhận bằng thidua hold accept.",
			"Awaiting verification: the first file of bloc %s. Call the bloc leader and read out code %s; if it matches, accept it with thidua hold accept.",
		},
		"exchange.hold.key_changed_bloc": {
			"Khóa đã thay đổi: tệp của khối %s được ký bằng khóa mới (khối trưởng mới, cài lại máy, hoặc mạo danh). Gọi cho khối trưởng đọc mã %s; nếu khớp, chấp nhận bằng thidua hold accept.",
			"Key changed: bloc %s's file is signed with a new key (a new leader, a reinstall, or an impostor). Call the bloc leader and read out code %s; if it matches, accept it with thidua hold accept.",
		},
		"exchange.hold.unverified_key_province": {
			"Chờ xác minh: tệp quyết định đầu tiên của tỉnh. Gọi cho cơ quan thi đua – khen thưởng của tỉnh đọc mã %s; nếu khớp, chấp nhận bằng thidua hold accept.",
			"Awaiting verification: the province's first decision file. Call the province's emulation and awards office and read out code %s; if it matches, accept it with thidua hold accept.",
		},
		"exchange.hold.key_changed_province": {
			"Khóa đã thay đổi: tệp quyết định của tỉnh được ký bằng khóa mới (máy mới, cài lại, hoặc mạo danh). Gọi cho cơ quan thi đua – khen thưởng của tỉnh đọc mã %s; nếu khớp, chấp nhận bằng thidua hold accept. Khóa cũ vẫn được giữ tới lúc đó.",
			"Key changed: the province's decision file is signed with a new key (a new PC, a reinstall, or an impostor). Call the province's emulation and awards office and read out code %s; if it matches, accept it with thidua hold accept. The old key stays until then.",
		},
		"exchange.bloc_unknown": {
			"Không có khối %s ở đây. Xem danh sách khối đã nhập tệp bằng thidua inbox, rồi ghi đúng mã khối sau --bloc.",
			"There is no bloc %s here. See the blocs whose files were merged with thidua inbox, then give the right bloc code after --bloc.",
		},
		"exchange.decision_row": {
			"Quyết định khen thưởng cho %s không hợp lệ: %s. Không nhập gì; đề nghị tỉnh sửa rồi xuất lại tệp quyết định.",
			"The award decision for %s is not valid: %s. Nothing imported; ask the province to correct it and export the decision file again.",
		},
		"exchange.hold.fork": {
			"Xung đột: %s gửi hai bản khác nhau cùng một lần gửi (có thể dữ liệu được chép sang máy thứ hai). Xem hai bản rồi chọn một bản bằng thidua hold accept.",
			"Conflict: %s sent two different versions with the same send number (its data may have been copied to a second PC). Compare them and pick one with thidua hold accept.",
		},
		"exchange.hold.late": {
			"Đến sau khi khóa sổ: bảng điểm kỳ %[2]s của %[1]s đã khóa. Kiểm tra đơn vị có gửi nhầm kỳ không; muốn nhận thì mở khóa bằng thidua hold accept (có ghi nhật ký).",
			"Arrived after closing: %[1]s's sheet for period %[2]s is locked. Check the unit did not send the wrong period; to take it anyway, unlock with thidua hold accept (logged).",
		},
		"exchange.hold.criteria_version": {
			"Tệp của %s được chấm theo bảng tiêu chí cũ. Nên gửi cho đơn vị tệp thiết lập mới; hoặc áp dụng theo ánh xạ bằng thidua hold accept.",
			"%s's file was scored on an older criteria table. Better send the unit the new setup file; or apply with mapping using thidua hold accept.",
		},
		"exchange.hold.cross_bloc": {
			"Khối %s có đơn vị (hoặc mã khối) đã thuộc một khối khác ở đây. Kiểm tra với hai khối trưởng rồi quyết định bằng thidua hold.",
			"Bloc %s has a unit (or bloc code) that already belongs to another bloc here. Check with both leaders, then decide with thidua hold.",
		},
		"exchange.hold_declined": {
			"Đã từ chối tệp; không có gì được nhập, tệp gốc vẫn lưu trong thư mục archive.",
			"The file was declined; nothing was applied, and the original stays in the archive folder.",
		},
		"exchange.holdkind.unverified_key":   {"Chờ xác minh", "Awaiting verification"},
		"exchange.holdkind.key_changed":      {"Khóa đã thay đổi", "Key changed"},
		"exchange.holdkind.fork":             {"Xung đột", "Conflict"},
		"exchange.holdkind.late":             {"Đến sau khi khóa sổ", "Arrived after closing"},
		"exchange.holdkind.criteria_version": {"Bảng tiêu chí cũ", "Older criteria table"},
		"exchange.holdkind.cross_bloc":       {"Trùng đơn vị giữa hai khối", "Unit in two blocs"},
		"exchange.holdkind.unit_key_changed": {"Khóa đơn vị đã thay đổi", "Unit key changed"},
		"exchange.hold.unit_key_changed": {
			"Khóa đơn vị đã thay đổi: tệp của khối %s mang điểm tự chấm của %s ký bằng khóa khác khóa tỉnh đang giữ (đơn vị cài lại máy, hoặc khối trưởng ký thay). Gọi cho từng đơn vị đọc mã; nếu khớp, chấp nhận bằng thidua hold accept. Khóa cũ vẫn được giữ tới lúc đó.",
			"Unit key changed: bloc %s's file carries self-scores of %s signed with a key other than the one the province holds (a reinstall at the unit, or the leader signing for it). Call each unit and read out the code; if it matches, accept it with thidua hold accept. The old key stays until then.",
		},
		"exchange.unit_stale": {
			"Tệp của khối %s mang bản tự chấm cũ của %s (lần gửi %d, tỉnh đã nhận lần gửi %d) — bỏ qua, không nhập gì. Đề nghị khối trưởng nhập tệp mới nhất của đơn vị rồi xuất lại tệp khối.",
			"Bloc %s's file carries an older self-scoring of %s (send %d; the province already has send %d) — skipped, nothing applied. Ask the leader to merge the unit's newest file and export the bloc file again.",
		},

		// Warnings beside an outcome.
		"exchange.warn.enrol_wrong": {
			"mã thiết lập trong tệp không đúng: có thể đơn vị dùng tệp thiết lập cũ hoặc của đơn vị khác — gọi điện xác minh trước khi chấp nhận",
			"the setup code in the file is wrong: the unit may be using an old or another unit's setup file — verify by phone before accepting",
		},
		"exchange.warn.clock": {
			"giờ máy đơn vị bất thường (%s); thứ tự các lần gửi vẫn đúng, hạn nộp tính theo giờ máy này",
			"the unit's clock looks wrong (%s); the order of sends is still right, deadlines go by this computer's clock",
		},
		"exchange.warn.deadline": {
			"đến sau hạn chấm %s (theo giờ máy này)",
			"arrived after the scoring deadline of %s (by this computer's clock)",
		},
		"exchange.warn.registration": {
			"đăng ký thi đua thay đổi sau hạn %s — xem lại trước khi chấp nhận",
			"the registration changed after its deadline of %s — review it before accepting",
		},
		"exchange.warn.unsigned": {
			"điểm tự chấm của %s không có bản ký của đơn vị: khối trưởng nhập thay, hoặc đã sửa sau khi đơn vị ký (lý do ở báo cáo của khối)",
			"%s's self-scores carry no signature of the unit: the leader entered them, or changed them after the unit signed (the reasons are in the bloc's report)",
		},
		"exchange.warn.map_dropped": {
			"%d dòng của tiêu chí không còn trong bảng mới bị bỏ",
			"%d {row|rows} of criteria no longer in the new table {was|were} dropped",
		},
		"exchange.warn.map_over_max": {
			"vượt điểm tối đa mới ở tiêu chí: %s",
			"above the new maximum for criteria: %s",
		},
		"exchange.warn.export_differs": {
			"điểm tự chấm của %s ở đây khác bản đơn vị đã ký (nhập thay?): tỉnh sẽ thấy là do khối trưởng nhập",
			"%s's self-scores here differ from what the unit signed (entered on its behalf?): the province will see them as entered by the leader",
		},

		// Joining a bloc.
		"exchange.join.not_setup": {
			"Đây là %s, không phải tệp thiết lập. Lệnh join chỉ nhận tệp thiết lập khối trưởng gửi cho đơn vị, hoặc tệp bàn giao khối trưởng. Tệp tự chấm và tệp quyết định của tỉnh do khối trưởng nhập (thidua merge): nếu nhận nhầm, chuyển tệp cho khối trưởng.",
			"This is a %s, not a setup file. join takes only the setup file the leader sent to the unit, or a leader's handover file. Submissions and the province's decision files are merged by the leader (thidua merge): if it came here by mistake, pass it on to the leader.",
		},
		"exchange.join.other_unit": {
			"Tệp thiết lập này dành cho đơn vị %s, không phải đơn vị của máy này. Đề nghị khối trưởng gửi đúng tệp.",
			"This setup file is for unit %s, not this installation's unit. Ask the leader for the right file.",
		},
		"exchange.join.other_bloc": {
			"Tệp thiết lập của khối %s, không phải khối của máy này. Muốn tham gia khối khác, hãy dùng một cơ sở dữ liệu mới (--db).",
			"The setup file is for bloc %s, not this installation's bloc. To join another bloc use a new database (--db).",
		},
		"exchange.join.key": {
			"Tệp được ký bằng khóa khác khóa khối trưởng đã lưu (mã %s): có thể là giả mạo. Gọi cho khối trưởng; nếu mã khớp, chạy lại với --accept-key MÃ.",
			"The file is signed with another key than the leader's key kept here (code %s): it may be forged. Call the leader; if the code matches, run again with --accept-key CODE.",
		},
		"exchange.join.cancelled": {
			"Chưa tham gia khối: mã khóa chưa được xác nhận. Gọi cho khối trưởng đối chiếu mã rồi chạy lại (--yes trong tập lệnh).",
			"Not joined: the key code was not confirmed. Call the leader to compare the code and run again (--yes in scripts).",
		},
		"exchange.join.role": {
			"Máy này là của khối trưởng hoặc tỉnh nên không nhận tệp thiết lập. Đơn vị dùng một cơ sở dữ liệu riêng (--db).",
			"This installation is a leader's or the province's, so it does not take setup files. A unit uses its own database (--db).",
		},
		"exchange.write_check": {
			"Tệp %s ghi ra không qua được kiểm tra (%s) nên đã bị xóa. Thử xuất lại vào một thư mục khác.",
			"The file written to %s failed its check (%s) and was removed. Try exporting again to another folder.",
		},

		// Storage.
		"exchange.export_role": {
			"%s không xuất %s. Đơn vị xuất tệp tự chấm; khối trưởng xuất tệp thiết lập và tệp của khối; tỉnh xuất tệp quyết định (thidua export --bloc KHỐI).",
			"A %s does not export a %s. A unit exports its submission; the leader exports setup and bloc files; the province exports decision files (thidua export --bloc BLOC).",
		},
		"exchange.hold_unknown":     {"Không có tệp chờ số %d. Xem danh sách bằng: thidua hold", "There is no held file %d. List them with: thidua hold"},
		"exchange.hold_decided":     {"Tệp chờ số %d đã được quyết định rồi. Xem lại bằng: thidua hold --all", "Held file %d was already decided. See it with: thidua hold --all"},
		"exchange.not_province":     {"Cơ sở dữ liệu này không phải của tỉnh. Dùng một cơ sở dữ liệu mới cho tỉnh (--db).", "This database is not the province's. Use a new database for the province (--db)."},
		"exchange.bloc_code_used":   {"Mã khối %s đã có ở một khối khác. Báo cho hai khối trưởng để đổi mã.", "The bloc code %s is already another bloc's. Ask the two leaders to change it."},
		"exchange.version_clash":    {"Bảng tiêu chí %q đã có ở đây với nội dung khác: tệp không hợp lệ. Đề nghị khối trưởng gửi lại.", "Criteria table %q is already here with other contents: the file is not valid. Ask the leader to send it again."},
		"exchange.return_no_reason": {"Trả lại cần ghi lý do cho từng tiêu chí (MÃ=lý do).", "A return needs a reason for each criterion (CODE=reason)."},

		// Review states and key verification on the inbox board.
		"exchange.review.missing":  {"Còn thiếu", "Missing"},
		"exchange.review.received": {"Đã nhận", "Received"},
		"exchange.review.returned": {"Đã trả lại", "Returned"},
		"exchange.review.answered": {"Đã giải trình", "Answered"},
		"exchange.review.accepted": {"Đã tiếp nhận", "Accepted"},
		"exchange.key.setup_code":  {"xác minh bằng mã thiết lập", "verified by setup code"},
		"exchange.key.phone":       {"xác minh qua điện thoại", "verified by phone"},
		"exchange.key.tofu":        {"chưa xác minh", "not verified"},
		"exchange.key.self":        {"khóa của máy này", "this installation's key"},
		"exchange.key.none":        {"chưa có khóa", "no key yet"},
		// Commands.
		"exchange.help.keys":   {"mã khóa của máy này (20 chữ số, đọc qua điện thoại)", "this installation's key fingerprint (20 digits, to read on the phone)"},
		"exchange.help.setup":  {"khối trưởng: tệp thiết lập cho đơn vị (--unit MÃ --out TỆP | --all --out-dir THƯ_MỤC)", "leader: setup files for units (--unit CODE --out FILE | --all --out-dir DIR)"},
		"exchange.help.join":   {"đơn vị: nhận tệp thiết lập, tệp bàn giao của khối trưởng hoặc tệp xác nhận khối trưởng của tỉnh (join TỆP [--yes])", "unit: take the leader's setup or handover file, or the province's confirmation of a new leader (join FILE [--yes])"},
		"exchange.help.export": {"xuất tệp gửi đi: đơn vị → tệp tự chấm; khối trưởng → tệp của khối; tỉnh → tệp quyết định cho khối (--bloc KHỐI) (--period P --out TỆP)", "export: a unit's submission, the leader's bloc file, or the province's decision file for a bloc (--bloc B) (--period P --out FILE)"},
		"exchange.help.verify": {"kiểm tra một tệp trao đổi, không đụng tới cơ sở dữ liệu (--json)", "check an exchange file without touching any database (--json)"},
		"exchange.help.merge":  {"nhập tệp: merge [--dry-run] [--json] TỆP… (hoặc thư mục)", "merge files: merge [--dry-run] [--json] FILE… (or a folder)"},
		"exchange.help.hold":   {"tệp chờ quyết định: hold | hold accept SỐ… | hold decline SỐ… [--reason]", "held files: hold | hold accept ID… | hold decline ID… [--reason]"},
		"exchange.help.inbox":  {"bảng theo dõi tệp đã nhận của từng đơn vị (--period P, --json)", "the board of files received per unit (--period P, --json)"},
		"exchange.help.return": {"khối trưởng: trả lại bảng điểm, lý do từng tiêu chí (--unit MÃ MÃ_TC=lý do …; --clear)", "leader: return a sheet with a reason per criterion (--unit CODE CRIT=reason …; --clear)"},
		"exchange.help.answer": {"đơn vị: giải trình tiêu chí bị trả lại (MÃ_TC=giải trình …)", "unit: answer returned criteria (CRIT=answer …)"},
		"exchange.cli.keys": {
			"Mã khóa của máy này: %s\nĐọc mã này qua điện thoại khi bên kia hỏi để xác minh.",
			"This installation's key: %s\nRead this code out on the phone when the other side asks to verify it.",
		},
		"exchange.cli.verify_ok":   {"%s: hợp lệ.", "%s: valid."},
		"exchange.cli.verify_bad":  {"%s: KHÔNG hợp lệ.", "%s: NOT valid."},
		"exchange.cli.verify_what": {"  %s của %s — khối %s, kỳ %s", "  %s from %s — bloc %s, period %s"},
		"exchange.cli.verify_seq":  {"  lần gửi %d, mã xác nhận %s, xuất lúc %s (giờ máy gửi)", "  send %d, receipt %s, exported at %s (sender's clock)"},
		"exchange.cli.verify_key":  {"  mã khóa người ký: %s", "  signer's key: %s"},
		"exchange.cli.receipt":     {"lần gửi %d, mã xác nhận %s", "send %d, receipt %s"},
		"exchange.cli.nominees":    {"%d đề nghị khen thưởng cá nhân", "%d {proposal|proposals} for individuals"},
		"exchange.cli.hold_next": {
			"Quyết định: thidua hold accept %[1]d (nhận) hoặc thidua hold decline %[1]d (từ chối).",
			"Decide: thidua hold accept %[1]d (take it) or thidua hold decline %[1]d (refuse it).",
		},
		"exchange.cli.need_files": {"cần ít nhất một tệp hoặc thư mục.", "at least one file or folder is needed."},
		"exchange.cli.summary": {
			"Tổng: %d đã nhập, %d không thay đổi, %d bản cũ, %d chờ quyết định, %d bị từ chối.",
			"In all: %d applied, %d unchanged, %d stale, %d held, %d rejected.",
		},
		"exchange.cli.setup_usage": {
			"dùng: thidua setup --unit MÃ --out TỆP | thidua setup --all --out-dir THƯ_MỤC [--period KỲ]",
			"usage: thidua setup --unit CODE --out FILE | thidua setup --all --out-dir DIR [--period P]",
		},
		"exchange.cli.setup_written": {"%s: đã ghi %s (mã xác nhận %s)", "%s: wrote %s (receipt %s)"},
		"exchange.cli.setup_private": {
			"Mỗi tệp chứa mã thiết lập riêng của đơn vị: gửi riêng cho từng đơn vị, không gửi vào nhóm chung. Mã khóa của khối trưởng để đơn vị đối chiếu: %s",
			"Each file holds its unit's own setup code: send each privately, never to a group chat. The leader's key, for units to compare: %s",
		},
		"exchange.cli.exported": {"Đã xuất %s kỳ %s: %s", "Exported the %s for period %s: %s"},
		"exchange.cli.read_receipt": {
			"Mã xác nhận (đọc cho bên nhận khi gọi điện): %s. Mã khóa của máy này: %s",
			"Receipt (read it to the receiver on the phone): %s. This installation's key: %s",
		},
		"exchange.cli.join_key": {
			"Tệp thiết lập của khối %s, khối trưởng %s. Mã khóa khối trưởng: %s",
			"Setup file of bloc %s, leader %s. The leader's key: %s",
		},
		"exchange.cli.join_ask": {
			"Gọi cho khối trưởng và đối chiếu mã trên. Mã có khớp không? [c/K] ",
			"Call the leader and compare the code above. Does it match? [y/N] ",
		},
		"exchange.cli.joined":         {"Khối: %s — đơn vị của máy này: %s", "Bloc: %s — this installation's unit: %s"},
		"exchange.cli.return_cleared": {"Đã đóng việc trả lại của %s.", "Closed the return of %s."},
		"exchange.cli.returned": {
			"Đã trả lại bảng điểm của %s với %d lý do. Gửi cho đơn vị tệp thiết lập mới: thidua setup --unit %s --out TỆP",
			"Returned %s's sheet with %d {reason|reasons}. Send the unit a new setup file: thidua setup --unit %s --out FILE",
		},
		"exchange.cli.bad_pair":      {"%q không đúng dạng MÃ=nội dung.", "%q is not CODE=text."},
		"exchange.cli.returns_head":  {"Kỳ %s — bảng điểm bị trả lại:", "Period %s — returned sheets:"},
		"exchange.cli.whole_sheet":   {"(cả bảng điểm)", "(the whole sheet)"},
		"exchange.cli.return_reason": {"    Lý do trả lại: %s", "    Returned because: %s"},
		"exchange.cli.return_answer": {"    Giải trình: %s", "    Answer: %s"},
		"exchange.cli.answered": {
			"Đã lưu %d giải trình. Xuất tệp tự chấm và gửi lại cho khối trưởng: thidua export --out TỆP",
			"Saved %d {answer|answers}. Export your submission and send it to the leader again: thidua export --out FILE",
		},
		"exchange.cli.hold_usage": {
			"dùng: thidua hold [--all] | thidua hold accept SỐ… [--reason LÝ_DO] | thidua hold decline SỐ… [--reason LÝ_DO]",
			"usage: thidua hold [--all] | thidua hold accept ID… [--reason R] | thidua hold decline ID… [--reason R]",
		},
		"exchange.cli.no_holds":     {"Không có tệp nào chờ quyết định.", "No file is waiting for a decision."},
		"exchange.cli.col_review":   {"Tình trạng", "Review"},
		"exchange.cli.col_received": {"Nhận lúc", "Received"},
		"exchange.cli.col_receipt":  {"Mã xác nhận", "Receipt"},
		"exchange.cli.col_key":      {"Khóa", "Key"},
		"exchange.cli.col_holds":    {"Chờ", "Held"},
	})
}
