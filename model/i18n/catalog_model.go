package i18n

// Messages of the domain rules: validation, criteria tables, ranking and
// awards. Ids equal the error codes in package model.
func init() {
	register(map[string]entry{
		"internal": {
			"Lỗi nội bộ của chương trình (mã lỗi %s). Dữ liệu đã lưu không bị ảnh hưởng; hãy chụp lại thông báo này và báo cho người hỗ trợ (chạy lại với --debug để xem chi tiết).",
			"Internal error (code %s). Saved data is not affected; please note this message and report it (run again with --debug for the details).",
		},

		// Typed numbers.
		"number.empty": {"Chưa nhập số.", "No number was typed."},
		"number.not_number": {
			"%s không phải là số. Hãy nhập số, ví dụ 9,5 hoặc 9.5.",
			"%s is not a number. Type a number such as 9.5 or 9,5.",
		},
		"number.ambiguous": {
			"%s không rõ nghĩa: có thể là số thập phân hoặc có dấu phân cách hàng nghìn. Hãy nhập lại không dùng dấu phân cách hàng nghìn (ví dụ 1000 hoặc 1,5).",
			"%s is ambiguous: it could be a decimal or use a thousands separator. Type it again without a thousands separator (e.g. 1000 or 1.5).",
		},
		"number.too_precise": {
			"%s có quá nhiều chữ số thập phân: điểm chỉ lấy đến hai chữ số sau dấu phẩy (ví dụ 9,25).",
			"%s has too many decimals: points go to two decimal places at most (e.g. 9.25).",
		},
		"number.too_large": {"%s quá lớn.", "%s is too large."},

		// Scores.
		"score.negative": {
			"Điểm không được âm (%s). Với điểm trừ, hãy nhập số điểm bị trừ dưới dạng số dương.",
			"Points cannot be negative (%s). For a deduction, type the points lost as a positive number.",
		},
		"score.above_max": {
			"Điểm %s vượt điểm tối đa %s của tiêu chí %s. Hãy nhập từ 0 đến %[2]s.",
			"%s points is above the maximum of %s for criterion %s. Type a value from 0 to %[2]s.",
		},
		"score.off_step": {
			"Điểm %s không đúng bước chấm %s của khối (ví dụ 9; 9,25; 9,5). Hãy nhập bội số của %[2]s.",
			"%s is not on the bloc's score step of %s. Type a multiple of %[2]s.",
		},
		"score.not_scorable": {
			"%s là nhóm tiêu chí: điểm của nhóm được cộng từ các tiêu chí con, không nhập trực tiếp.",
			"%s is a group: its points add up from its criteria and cannot be typed.",
		},
		"score.bad_input": {
			"Không hiểu %s. Với tiêu chí đạt/không đạt hãy nhập 1 (đạt) hoặc 0 (không đạt).",
			"%s is not understood. For an achieved/not-achieved criterion type 1 (achieved) or 0 (not achieved).",
		},
		"score.needs_reason": {
			"Điểm khối chấm khác điểm tự chấm: hãy ghi lý do.",
			"The bloc score differs from the self-score: give a reason.",
		},
		"score.stage_unknown": {
			"Không có bước chấm %s. Dùng: self (tự chấm), bloc (khối chấm), province (tỉnh).",
			"There is no stage %s. Use: self, bloc or province.",
		},
		"score.count_not_whole": {
			"Số lần phải là số nguyên (%s).",
			"A count must be a whole number (%s).",
		},
		"score.target_zero": {
			"Chỉ tiêu bằng 0: không tính được tỷ lệ. Hãy nhập tỷ lệ %% hoàn thành.",
			"The target is 0, so no percentage can be computed. Type the percentage achieved.",
		},
		"score.percent_invalid": {
			"%s không phải tỷ lệ hợp lệ. Nhập tỷ lệ %% (ví dụ 96,5) hoặc thực hiện/chỉ tiêu (ví dụ 1250/1300).",
			"%s is not a valid percentage. Type a percentage (e.g. 96.5) or actual/target (e.g. 1250/1300).",
		},

		// Criteria tables.
		"criteria.unknown": {
			"Không có tiêu chí mã %s trong bảng tiêu chí của kỳ này.",
			"There is no criterion with code %s in this period's criteria table.",
		},
		"criteria.ambiguous": {
			"Mã %s có ở nhiều chỗ trong bảng (%s). Hãy ghi cả mã cha, ví dụ \"II / 1.\".",
			"Code %s occurs more than once (%s). Give the parent's code too, e.g. \"II / 1.\".",
		},
		"criteria.duplicate_id":   {"Tiêu chí bị trùng mã định danh %s.", "Criterion id %s occurs twice."},
		"criteria.unknown_parent": {"Tiêu chí %s có tiêu chí cha %s không tồn tại.", "Criterion %s has a parent %s that does not exist."},
		"criteria.cycle":          {"Tiêu chí %s nằm trong một vòng lặp cha–con.", "Criterion %s is part of a parent–child loop."},
		"criteria.empty":          {"Bảng tiêu chí trống.", "The criteria table is empty."},
		"criteria.too_deep": {
			"%s nằm quá sâu: bảng tiêu chí chỉ được tối đa %d cấp.",
			"%s is too deep: a criteria table has at most %d levels.",
		},
		"criteria.empty_group": {
			"Nhóm %s chưa có tiêu chí con nào.",
			"Group %s has no criteria under it.",
		},
		"criteria.leaf_with_children": {
			"%s có tiêu chí con nên phải là nhóm.",
			"%s has criteria under it, so it must be a group.",
		},
		"criteria.mixed_sections": {
			"Nhóm %s lẫn tiêu chí chuẩn, điểm thưởng và điểm trừ: hãy tách thành các phần riêng.",
			"Group %s mixes standard, bonus and deduction items: put them in separate parts.",
		},
		"criteria.children_above_max": {
			"Các tiêu chí con của %s cộng lại %s điểm, vượt điểm tối đa %s của nhóm. Sửa điểm, hoặc đánh dấu nhóm \"tối đa không quá\" nếu bảng quy định như vậy.",
			"The criteria under %s add up to %s points, above the group's maximum of %s. Fix the points, or mark the group as capped (\"tối đa không quá\") if the table says so.",
		},
		"criteria.children_below_max": {
			"Các tiêu chí con của %s cộng lại chỉ %s điểm, không đạt được điểm tối đa %s của nhóm. Hãy kiểm tra lại bảng.",
			"The criteria under %s add up to only %s points and can never reach the group's maximum of %s. Check the table.",
		},
		"criteria.max_not_positive": {"Điểm tối đa của %s phải lớn hơn 0.", "The maximum of %s must be above 0."},
		"criteria.duplicate_code": {
			"Mã %s bị trùng trong cùng nhóm %s.",
			"Code %s occurs twice under %s.",
		},
		"criteria.no_code":     {"Tiêu chí \"%s\" chưa có mã.", "Criterion \"%s\" has no code."},
		"criteria.no_title":    {"Tiêu chí %s chưa có nội dung.", "Criterion %s has no title."},
		"criteria.no_standard": {"Bảng chưa có tiêu chí chấm điểm nào (ngoài điểm thưởng, điểm trừ).", "The table has no standard criteria (only bonus or deduction items)."},
		"criteria.rule_on_group": {
			"%s là nhóm nên không có cách tính điểm riêng.",
			"%s is a group and cannot have a scoring rule.",
		},
		"criteria.rule_invalid": {"Cách tính điểm của %s không hợp lệ: %s", "The scoring rule of %s is not valid: %s"},
		"criteria.rule_text": {
			"cách tính %s không đúng mẫu (direct, binary, count each=0.5, target full=100 step=1 loss=0.5 zero=70, bands 100=4 95=3, ratio, excess from=100 step=1 gain=0.1).",
			"rule %s is not in a known form (direct, binary, count each=0.5, target full=100 step=1 loss=0.5 zero=70, bands 100=4 95=3, ratio, excess from=100 step=1 gain=0.1).",
		},
		"criteria.kind_unknown": {"Loại tiêu chí của %s không hợp lệ.", "The kind of %s is not valid."},
		"criteria.issued": {
			"Phiên bản bảng tiêu chí này đã ban hành nên không sửa được. Hãy tạo bản nháp mới từ nó.",
			"This criteria version has been issued and cannot change. Make a new draft from it.",
		},
		"criteria.not_issued": {
			"Bảng tiêu chí %s chưa ban hành: hãy sửa hết các lỗi rồi ban hành trước khi dùng cho kỳ thi đua.",
			"Criteria version %s is not issued yet: fix its problems and issue it before a period uses it.",
		},

		// Bloc rules.
		"rules.bad_tie_break": {
			"Tiêu chí phụ xếp hạng %s không hợp lệ. Dùng: standard, deduction, bonus, full_marks, part:<mã phần>.",
			"Tie-break %s is not valid. Use: standard, deduction, bonus, full_marks, part:<part code>.",
		},
		"rules.bad_numbering": {
			"Cách đánh số đồng hạng %s không hợp lệ. Dùng skip (1, 2, 2, 4) hoặc dense (1, 2, 2, 3).",
			"Tie numbering %s is not valid. Use skip (1, 2, 2, 4) or dense (1, 2, 2, 3).",
		},
		"rules.bad_step":      {"Bước chấm điểm %s không hợp lệ.", "Score step %s is not valid."},
		"rules.bad_cap":       {"Mức tối đa %s không hợp lệ: phải từ 0 trở lên.", "Cap %s is not valid: it must be 0 or more."},
		"rules.bad_threshold": {"Ngưỡng biểu quyết %s không hợp lệ. Ví dụ: >1/2 (trên một nửa), >=2/3 (từ hai phần ba).", "Vote threshold %s is not valid. Examples: >1/2 (more than half), >=2/3 (at least two thirds)."},
		"rules.bad_quota":     {"Số lượng đề nghị của %s phải từ 1 trở lên.", "The quota of %s must be 1 or more."},
		"rules.bad_vote_base": {"Cơ sở tính tỷ lệ phiếu %s không hợp lệ: dùng members (tổng số thành viên) hoặc ballots (số phiếu hợp lệ).", "Vote base %s is not valid: use members or ballots."},
		"rules.no_award_name": {"Hình thức khen thưởng cần có mã và tên.", "An award needs a code and a name."},
		"rules.dup_award":     {"Hình thức khen thưởng %s bị trùng.", "Award %s is listed twice."},

		// Units, periods, roles, locks.
		"unit.unknown":   {"Không có đơn vị mã %s trong khối.", "There is no unit with code %s in the bloc."},
		"unit.no_code":   {"Đơn vị cần có mã (ví dụ SONGCAU).", "A unit needs a code (e.g. SONGCAU)."},
		"unit.bad_code":  {"Mã đơn vị %s chỉ được gồm chữ không dấu, số, dấu gạch ngang hoặc gạch dưới.", "Unit code %s may only hold unaccented letters, digits, '-' or '_'."},
		"unit.no_name":   {"Đơn vị %s cần có tên.", "Unit %s needs a name."},
		"unit.duplicate": {"Đã có đơn vị mã %s.", "A unit with code %s already exists."},
		"unit.withdrawn": {"Đơn vị %s đã rút khỏi khối.", "Unit %s has withdrawn from the bloc."},
		"period.unknown": {
			"Không có kỳ thi đua %s. Xem danh sách kỳ bằng lệnh thidua rank --period hoặc trong màn hình.",
			"There is no period %s. See the list of periods in the program.",
		},
		"period.no_code":     {"Kỳ thi đua cần có mã (ví dụ 2019).", "A period needs a code (e.g. 2019)."},
		"period.bad_dates":   {"Ngày kết thúc của kỳ %s trước ngày bắt đầu.", "Period %s ends before it starts."},
		"period.no_criteria": {"Kỳ %s chưa gắn bảng tiêu chí đã ban hành.", "Period %s has no issued criteria table."},
		"period.duplicate":   {"Đã có kỳ thi đua mã %s.", "A period with code %s already exists."},
		"role.not_allowed": {
			"%s không được ghi %s.",
			"The %s may not write %s.",
		},
		"role.not_own_unit": {
			"Máy của đơn vị chỉ chấm điểm tự chấm của chính đơn vị mình.",
			"A unit's installation can only score its own unit's self-assessment.",
		},
		"role.name.unit":     {"Đơn vị", "unit"},
		"role.name.leader":   {"Khối trưởng", "bloc leader"},
		"role.name.deputy":   {"Khối phó", "deputy leader"},
		"role.name.province": {"Tỉnh", "province"},
		"fact.self":          {"điểm tự chấm của đơn vị khác", "another unit's self-scores"},
		"fact.registration":  {"đăng ký thi đua của đơn vị khác", "another unit's registration"},
		"fact.people":        {"danh sách cá nhân của đơn vị khác", "another unit's list of individuals"},
		"fact.bloc":          {"điểm khối chấm", "bloc review scores"},
		"fact.province":      {"điểm tỉnh thẩm định", "province review scores"},
		"fact.setup":         {"thiết lập khối (đơn vị, kỳ, bảng tiêu chí, quy chế)", "the bloc's setup (units, periods, criteria, rules)"},
		"fact.result":        {"kết quả bình xét (phiếu bầu, điều kiện, khóa sổ)", "the bloc's results (votes, eligibility, locks)"},
		"fact.decision":      {"quyết định khen thưởng của tỉnh", "the province's award decisions"},
		"lock.locked": {
			"Đang khóa: %s. Lý do: %s. %s",
			"Locked: %s. Reason: %s. %s",
		},
		"lock.not_locked":     {"Không có khóa %s để mở.", "There is no %s lock to lift."},
		"lock.kind.submitted": {"đơn vị đã nộp bảng tự chấm", "the unit submitted its sheet"},
		"lock.kind.accepted":  {"khối trưởng đã tiếp nhận bảng điểm", "the bloc leader accepted the sheet"},
		"lock.kind.closed":    {"kỳ thi đua đã khóa sổ", "the period is closed"},
		"lock.kind.published": {"kết quả đã công bố", "the results are published"},
		"lock.who.submitted":  {"Đơn vị có thể mở lại để sửa (sẽ được ghi nhật ký).", "The unit can reopen it to make changes (logged)."},
		"lock.who.accepted":   {"Chỉ khối trưởng mở khóa được.", "Only the bloc leader can unlock it."},
		"lock.who.closed":     {"Chỉ khối trưởng mở khóa được (sẽ được ghi nhật ký).", "Only the bloc leader can reopen it (logged)."},
		"lock.who.published":  {"Kết quả đã công bố không sửa được nữa.", "Published results can no longer change."},
		"flag.on_behalf":      {"khối trưởng nhập thay đơn vị", "entered by the leader on the unit's behalf"},
		"flag.leader_own_review": {
			"khối trưởng tự chấm khối cho đơn vị mình — nên để khối phó chấm",
			"the leader set the bloc score of its own unit — the deputy should",
		},
		"flag.transcribed":          {"khối trưởng ghi lại từ quyết định giấy", "transcribed by the leader from the paper decision"},
		"flag.no_review":            {"khối chưa chấm — xếp theo điểm tự chấm", "not reviewed by the bloc — ranked on self-scores"},
		"flag.changed_after_review": {"tự chấm thay đổi sau khi khối chấm", "self-score changed after the bloc's review"},

		// Votes and awards.
		"vote.counts": {
			"Số phiếu không khớp: phát ra %d, thu vào %d, hợp lệ %d, không hợp lệ %d (thu vào ≤ phát ra; hợp lệ + không hợp lệ = thu vào).",
			"The ballot counts do not add up: issued %d, returned %d, valid %d, invalid %d (returned ≤ issued; valid + invalid = returned).",
		},
		"vote.above_valid": {
			"Đơn vị %s có %d phiếu đồng ý, nhiều hơn %d phiếu hợp lệ.",
			"Unit %s has %d {vote|votes} in favour, more than the %d valid {ballot|ballots}.",
		},
		"award.unknown":            {"Không có hình thức khen thưởng %s trong quy chế của kỳ.", "There is no award %s in this period's rules."},
		"award.decision_bad":       {"Quyết định về %s chưa đủ: cần số quyết định (trừ khi không khen thưởng).", "The decision on %s is incomplete: it needs a decision number (unless not awarded)."},
		"award.decision_no_target": {"Quyết định hạ mức %s phải ghi hình thức được khen thay thế.", "A downgrade of %s must name the award given instead."},
		"award.skip_blocked":       {"không đủ điều kiện (%s)", "not eligible (%s)"},
		"award.skip_below_min":     {"tổng điểm %s dưới mức tối thiểu %s", "total %s is below the minimum of %s"},
		"award.skip_vote":          {"được %d/%d phiếu, chưa đạt ngưỡng %s", "got %d of %d {vote|votes}, below the threshold %s"},
		"award.awaiting_vote":      {"Đề nghị %s (chờ bỏ phiếu)", "Proposed for %s (awaiting the vote)"},
		"award.tie_at_quota":       {"Đồng hạng ở ngưỡng đề nghị %s: hội nghị biểu quyết quyết định", "Tied at the quota line for %s: the meeting's vote decides"},
		"award.proposed_votes":     {"Đề nghị %s (%d/%d phiếu)", "Proposed for %s (%d of %d {vote|votes})"},
		"award.proposed":           {"Đề nghị %s", "Proposed for %s"},
		"award.not_for":            {"Không đề nghị %s: %s", "Not proposed for %s: %s"},
		"award.passes_to":          {" — chuyển cho %s", " — passes to %s"},

		// Ranking.
		"rank.withdrawn":     {"Không xếp hạng: đơn vị đã rút khỏi khối (%s).", "Not ranked: the unit withdrew from the bloc (%s)."},
		"rank.excluded":      {"Không xếp hạng: %s.", "Not ranked: %s."},
		"rank.no_submission": {"Không xếp hạng: chưa có bảng tự chấm.", "Not ranked: no self-score sheet yet."},
		"rank.incomplete":    {"Không xếp hạng: còn thiếu %d/%d tiêu chí chưa chấm (0 cũng là một điểm).", "Not ranked: %d of %d criteria have no score yet (0 is a score)."},
		"rank.by_total":      {"%s trên %s: tổng điểm %s > %s", "%s above %s: total %s > %s"},
		"rank.by_standard":   {"%s trên %s: bằng tổng điểm, điểm tiêu chí chuẩn cao hơn (%s > %s)", "%s above %s: equal totals, higher standard points (%s > %s)"},
		"rank.by_deduction":  {"%s trên %s: bằng tổng điểm, ít điểm trừ hơn (%s < %s)", "%s above %s: equal totals, fewer deduction points (%s < %s)"},
		"rank.by_bonus":      {"%s trên %s: bằng tổng điểm, nhiều điểm thưởng hơn (%s > %s)", "%s above %s: equal totals, more bonus points (%s > %s)"},
		"rank.by_full_marks": {"%s trên %s: bằng tổng điểm, nhiều tiêu chí đạt điểm tối đa hơn (%d > %d)", "%s above %s: equal totals, more criteria at full marks (%d > %d)"},
		"rank.by_part":       {"%s trên %s: bằng tổng điểm, điểm phần %s cao hơn (%s > %s)", "%s above %s: equal totals, higher points in part %s (%s > %s)"},
		"rank.by_vote":       {"%s trên %s: bằng nhau mọi tiêu chí xếp hạng, hội nghị biểu quyết xếp %[1]s trước", "%s above %s: equal on every measure, the meeting voted %[1]s first"},
		"rank.tied":          {"%s và %s bằng nhau trên mọi tiêu chí xếp hạng: đồng hạng %d", "%s and %s are equal on every measure: shared rank %d"},
		"rank.alone":         {"Đơn vị duy nhất được xếp hạng.", "The only ranked unit."},

		// Scoring rules, as explained beside the criterion.
		"rule.direct":      {"Nhập số điểm, từ 0 đến %s.", "Type the points, from 0 to %s."},
		"rule.binary":      {"Nhập 1 nếu đạt (%s điểm), 0 nếu không đạt.", "Type 1 if achieved (%s {point|points}), 0 if not."},
		"rule.count":       {"Nhập số lần: mỗi lần %s điểm, tối đa %s điểm.", "Type the count: %s {point|points} each, at most %s."},
		"rule.count_down":  {"Nhập số lần: mỗi lần trừ %s điểm từ %s điểm, trừ đến hết điểm tiêu chí.", "Type the count: each takes %s {point|points} off %s, down to 0."},
		"rule.target":      {"Nhập tỷ lệ %% hoàn thành chỉ tiêu (hoặc thực hiện/chỉ tiêu): từ %s%% trở lên được %s điểm; cứ thiếu %s%% trừ %s điểm", "Type the percentage of the target achieved (or actual/target): from %s%% up, %s {point|points}; each %s%% short loses %s {point|points}"},
		"rule.target_zero": {"; dưới %s%%: 0 điểm.", "; below %s%%: 0 points."},
		"rule.band":        {"từ %s%%: %s điểm", "from %s%%: %s {point|points}"},
		"rule.bands":       {"Nhập tỷ lệ %% hoàn thành (hoặc thực hiện/chỉ tiêu): %s; thấp hơn: 0 điểm.", "Type the percentage achieved (or actual/target): %s; below that: 0 points."},
		"rule.ratio":       {"Nhập tỷ lệ %% hoàn thành (hoặc thực hiện/chỉ tiêu): điểm = %s × tỷ lệ, tối đa %[1]s.", "Type the percentage achieved (or actual/target): points = %s × the share, at most %[1]s."},
		"rule.excess":      {"Nhập tỷ lệ %% hoàn thành: cộng %s điểm cho mỗi %s%% vượt trên %s%%, tối đa %s điểm.", "Type the percentage achieved: %s {point|points} for each %s%% above %s%%, at most %s."},
	})
}
