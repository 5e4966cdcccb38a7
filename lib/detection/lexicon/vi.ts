/** The lexicon in Vietnamese: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-vi.ts), injected with the detector into frames in this language (languages.ts).
 *  Words are syllables apart, so terms are whole syllables (a stem would end inside one: "mã" in "mãi"); both
 *  spellings of a tone mark's place (khóa, khoá) are written. A state after a thing's noun and before what
 *  follows it ("số điện thoại đã đăng ký của bạn") is an attribute. */
import type { LanguageTerms } from './offer';

export default {
  password: 'mật khẩu',
  account: 'tài khoản|email|số điện thoại|tên người dùng|người dùng|thành viên',
  email: 'e-?mail|thư điện tử',
  wrong: 'không (đúng|chính xác|hợp lệ|khớp|trùng khớp)|sai\\b|nhầm',
  'not-found': 'không (tìm thấy|tồn tại)|chưa (được )?đăng ký|không có tài khoản',
  'password-task': '^(bạn )?(quên mật khẩu|đặt lại mật khẩu|khôi phục mật khẩu|lấy lại mật khẩu|hỗ trợ mật khẩu)',
  'already-registered': 'đã được (đăng ký|sử dụng|liên kết)|đã tồn tại|đã có tài khoản',
  locked: 'bị kh(óa|oá)|tạm kh(óa|oá)|bị chặn|đóng băng',
  restricted: 'bị (đình chỉ|tạm ngưng|vô hiệu h(óa|oá)|hạn chế|cấm|x(óa|oá)|chấm dứt|đóng)|(tạm thời )?không (còn )?khả dụng|tài khoản khác|đang được xem xét',
  unlock: 'mở kh(óa|oá)|xác minh danh tính',
  'sign-in': 'đăng nhập',
  attempts: 'lần\\b|đăng nhập|thử',
  'too-many': 'quá (nhiều|thường xuyên|số lần)|(đạt|vượt quá) (giới hạn|mức tối đa|số lần tối đa)|vượt quá',
  code: 'mã(?!i)(?! (giảm giá|khuyến mãi|bưu (chính|điện)|vùng|quốc gia|sản phẩm|qr|vạch|đơn|coupon|voucher))|otp|xác minh hai bước',
  'code-asked': 'nhập|đã gửi|được gửi|gửi (đến|tới)|nhận (mã|được)',
  sending: 'gửi|yêu cầu|hôm nay|ngày mai|mỗi ngày|trong ngày|24 giờ',
  expired: 'hết (hạn|hiệu lực)|quá thời gian',
  robot: 'robot|người máy|lưu lượng (truy cập )?bất thường',
  slide: 'trượt|kéo',
  failed: 'lỗi|thất bại|không thành công|thử lại|làm mới|tải lại|sai sót|đã xảy ra',
  network: 'mạng|kết nối',
  suspicious: '(hoạt động|đăng nhập) (bất thường|đáng ngờ)|trái phép|bị xâm nhập|bị hack|thiết bị mới',
  verify: 'xác (minh|nhận|thực)',
  unverified: 'chưa (được )?(xác (minh|nhận|thực)|kích hoạt)|(hãy|vui lòng) xác (minh|nhận) (địa chỉ )?email',
  required: 'bắt buộc|không được (để )?trống|(vui lòng|hãy|xin) (nhập|điền|chọn)|chưa (nhập|điền|chọn)',
  'bad-format': 'định dạng|(?<!không )hợp lệ|ít nhất|tối thiểu|ký tự|kí tự|quá (ngắn|dài)|phải (chứa|gồm|bao gồm|từ)',
  'contact-support': 'bộ phận (hỗ trợ|chăm sóc)|(chăm sóc|dịch vụ) khách hàng|liên hệ (với )?(chúng tôi|bộ phận|trung tâm|hỗ trợ)|trung tâm trợ giúp',
  'to-continue': 'để tiếp tục|tiếp tục|để đăng nhập|khôi phục',
  confirmation: '(xác nhận|nhập lại|hai) mật khẩu|mật khẩu (xác nhận|nhập lại)',
  conditional: 'nếu|có thể|sẽ bị|sau \\d|^để (bảo vệ|tránh)',
  attributive: '(số điện thoại|email|thiết bị|sản phẩm|mặt hàng|người bán|cửa hàng) (đã |bị )?(được )?(đăng ký|xác (minh|nhận|thực)|liên kết|kh(óa|oá))(?= (của|trên|với|và|để|khi))',
  done: '(?<!không )thành công|(?<!chưa |không )được (xác minh|xác thực|xác nhận|thay đổi|đặt lại|cập nhật|mở khóa)',
  appeal: 'khiếu nại|kháng nghị',
} satisfies LanguageTerms;
