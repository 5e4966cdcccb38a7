/** The lexicon in Malay: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-ms.ts), injected with the detector into frames in this language (languages.ts).
 *  As in Indonesian, an attribute is a state right after a thing's noun ("nombor berdaftar"). */
import type { LanguageTerms } from './offer';

export default {
  password: 'kata laluan',
  account: 'akaun|pengguna|e-?mel|emel|nombor (telefon|mudah alih)',
  email: 'e-?mel|emel|e-?mail',
  wrong: 'salah|tidak (sah|betul|tepat|sepadan|padan)',
  'not-found': 'tidak (dijumpai|ditemui|wujud|berdaftar)|belum berdaftar|tiada akaun',
  'password-task': '^(lupa kata laluan|(tetapkan|set) semula kata laluan|pulihkan kata laluan|bantuan kata laluan)',
  'already-registered': '(sudah|telah) (berdaftar|didaftarkan|digunakan)',
  locked: 'dikunci|terkunci|disekat|dibekukan',
  restricted: 'digantung|dihadkan|dinyahaktifkan|dilumpuhkan|ditutup|dipadam|ditamatkan|tidak (tersedia|boleh digunakan)|akaun lain',
  unlock: 'buka kunci|nyahkunci|sahkan identiti',
  'sign-in': 'log masuk|masuk',
  attempts: 'percubaan|kali\\b|log masuk',
  'too-many': 'terlalu (banyak|kerap)|(mencapai|melebihi) had|had (maksimum|harian)|melebihi',
  code: '(?<!(posta|kupon|ndirim|promosyon|hediye|qr) )kod(?!\\S* (pos|poczt|promo|rabat|kupon|coupon|voucher|baucar|diskon|diskaun|qr|produ|negara|kraj|kreskow|referral))|otp|pengesahan dua',
  'code-asked': 'masukkan|dihantar|terima|hantar',
  sending: 'hantar|dihantar|minta|permintaan|hari ini|esok|harian|24 jam',
  expired: 'tamat tempoh|luput|telah tamat',
  robot: 'robot|trafik (yang )?(luar biasa|mencurigakan|abnormal)',
  slide: 'luncur|leret|seret|gelongsor',
  failed: 'gagal|ralat|cuba lagi|muat semula|segar semula|tidak kena|berlaku masalah',
  network: 'rangkaian|sambungan|internet',
  suspicious: '(aktiviti|log masuk) (yang )?(mencurigakan|luar biasa)|tanpa kebenaran|digodam|peranti baharu',
  verify: 'sahkan|pengesahan|mengesahkan',
  unverified: 'belum (disahkan|diaktifkan)|tidak disahkan|sahkan (alamat )?e-?mel',
  required: 'wajib|diperlukan|tidak boleh kosong|kosong|(sila|harap|mohon) (masukkan|isi|pilih)|masukkan',
  'bad-format': '(?<!tidak )sah\\b|minimum|sekurang-kurangnya|aksara|karakter|terlalu (pendek|panjang)|mesti (mengandungi|terdiri|mempunyai|antara)',
  'contact-support': '(khidmat|perkhidmatan) pelanggan|pusat bantuan|hubungi (kami|khidmat|pasukan|sokongan)',
  'to-continue': 'untuk meneruskan|teruskan|untuk log masuk|(me)?mulihkan',
  confirmation: '(sahkan|ulang|kedua-dua) kata laluan|pengesahan kata laluan',
  conditional: 'jika|sekiranya|apabila|akan di|selepas \\d|untuk (melindungi|mengelak)',
  attributive: '(nombor( telefon)?|peranti|penjual|kedai|produk|barang|item) (berdaftar|disahkan|dikunci|terkunci|dipautkan)',
} satisfies LanguageTerms;
