/** The lexicon in Indonesian: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-id.ts), injected with the detector into frames in this language (languages.ts).
 *  A state follows its noun as an attribute and as a claim alike ("nomor terdaftar", "akun Anda terkunci"):
 *  an attribute is a state right after a thing's noun (a number, a seller, an item). */
import type { LanguageTerms } from './offer';

export default {
  password: 'kata sandi',
  account: 'akun|pengguna|e-?mail|surel|nomor (telepon|ponsel|hp)',
  email: 'e-?mail|surel',
  wrong: 'salah|keliru|tidak (valid|cocok|sesuai|benar)',
  'not-found': 'tidak (ditemukan|terdaftar)|belum terdaftar|tidak dapat menemukan|tidak ada akun',
  'password-task': '^(lupa kata sandi|atur ulang kata sandi|reset kata sandi|pulihkan kata sandi|bantuan kata sandi)',
  'already-registered': '(sudah|telah) (terdaftar|digunakan|dipakai|ditautkan)',
  locked: 'terkunci|dikunci|diblokir|dibekukan',
  restricted: 'ditangguhkan|dibatasi|dinonaktifkan|ditutup|dihapus|dihentikan|tidak (tersedia|dapat digunakan)|akun lain',
  unlock: '(mem)?buka kunci|verifikasi identitas',
  'sign-in': 'masuk|log ?in',
  attempts: 'percobaan|kali\\b|upaya|masuk',
  'too-many': 'terlalu (banyak|sering)|(batas|maksimum)[^.]{0,30}(tercapai|terlampaui)|mencapai batas|melebihi|melampaui',
  code: 'kode(?! (pos|poczt|promo|rabat|kupon|coupon|voucher|baucar|diskon|diskaun|qr|produ|negara|kraj|kreskow|referral|area))|otp|verifikasi dua langkah',
  'code-asked': 'masukkan|dikirim|terima|menerima|kirim',
  sending: 'kirim|dikirim|minta|meminta|permintaan|hari ini|besok|harian|24 jam',
  expired: 'k[ae]daluw?arsa|tidak berlaku lagi|telah berakhir',
  robot: 'robot|lalu lintas (yang )?(tidak biasa|mencurigakan|abnormal)',
  slide: 'geser|seret|penggeser',
  failed: 'gagal|kesalahan|galat|coba lagi|muat ulang|segarkan|ada yang salah',
  network: 'jaringan|koneksi|sambungan|internet',
  suspicious: '(aktivitas|login|masuk) (yang )?(mencurigakan|tidak biasa)|akses (tanpa izin|tidak sah)|diretas|perangkat baru',
  verify: '(mem)?verifikasi|(meng)?konfirmasi',
  unverified: 'belum (diverifikasi|dikonfirmasi|diaktifkan|terverifikasi|aktif)|verifikasi (alamat )?email anda',
  required: 'wajib|diperlukan|dibutuhkan|harus diisi|tidak boleh kosong|kosong|(silakan|mohon|harap) (masukkan|isi|pilih)|masukkan',
  'bad-format': '(?<!tidak )valid\\b|minimal|setidaknya|sekurang-kurangnya|karakter|terlalu (pendek|panjang)|harus (berisi|terdiri|mengandung|memiliki|antara)',
  'contact-support': 'layanan pelanggan|pusat bantuan|dukungan pelanggan|hubungi (kami|layanan|tim|dukungan|pusat)',
  'to-continue': 'untuk melanjutkan|lanjutkan|untuk masuk|(me)?mulihkan|pulihkan',
  confirmation: '(konfirmasi|ulangi|kedua) kata sandi|kata sandi konfirmasi',
  conditional: 'jika|apabila|bila\\b|kalau|akan (di|ter)|setelah \\d|^untuk (melindungi|mencegah|menghindari)',
  attributive: '(nomor( telepon| ponsel| hp)?|perangkat|penjual|toko|produk|barang|item) (terdaftar|terverifikasi|dikonfirmasi|terkunci|tertaut)',
  done: '(?<!tidak |gagal )berhasil|sukses',
  appeal: 'banding|keberatan',
} satisfies LanguageTerms;
