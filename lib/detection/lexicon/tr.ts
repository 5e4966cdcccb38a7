/** The lexicon in Turkish: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-tr.ts), injected with the detector into frames in this language (languages.ts).
 *  Suffixes follow the stem, so a stem covers its forms (hesap, hesabınız). Folding lowers a capital İ to i
 *  and a dotted capital I: no term starts with either. A state before a noun ("kayıtlı telefon numarası",
 *  "kilitli ürünler") is an attribute; said of the account it ends the clause. */
import type { LanguageTerms } from './offer';

export default {
  password: 'şifre|parola',
  account: 'hesa(p|b)|kullanıcı|e-?posta|telefon numara|cep telefonu',
  email: 'e-?posta|e-?mail',
  wrong: 'yanlış|hatal(ı|i)|geçersiz|eşleşmiyor|uyuşmuyor|doğru değil',
  'not-found': 'bulunama|mevcut değil|kayıtlı değil|kayıtlı (bir )?hesap yok',
  'password-task': '^(şifre yardımı|(şifre|parola)(mi|mı|nizi|nızı|ni|nı|yi|yı)?( mi| mı)? (unut|sıfırla))',
  'already-registered': 'zaten (kayıtlı|kullanıl|mevcut|bağlı|alınmış)|kullanımda',
  locked: 'kilitlen|kilitli|engellen|bloke|donduruldu',
  restricted: 'askıya alın|kısıtlan|kısıtlı|devre dışı|kapatıl|silin|feshedil|sonlandırıl|kullanılam|erişilem|başka bir hesap|incelen',
  unlock: 'kilidini aç|engelini kaldır|kimliğinizi doğrula',
  'sign-in': 'giriş|oturum aç',
  attempts: 'deneme|kez\\b|defa|giriş',
  'too-many': 'çok fazla|fazla sayıda|(sınır|limit)(ına|ine|ı|i) (ulaş|aş)|(maksimum|azami)[^.]{0,30}(ulaş|aş)|aşıldı|aştınız',
  code: '(?<!(posta|kupon|ndirim|promosyon|ülke|hediye|alan|qr) )kod(?!\\S* (pos|poczt|promo|rabat|kupon|coupon|voucher|baucar|diskon|diskaun|qr|produ|negara|kraj|kreskow|referral))|tek kullanımlık|iki (adımlı|faktörlü)',
  'code-asked': 'girin|giriniz|gönderil|gönderdik|alın',
  sending: 'gönder|iste|talep|bugün|yarın|günlük|24 saat',
  expired: 'süresi (dol|geç)|zaman aşımı|geçerliliğini yitir',
  robot: 'robot|(olağan ?dışı|alışılmadık|şüpheli|anormal) trafik|otomatik (istek|sorgu)',
  slide: 'kaydır|sürükle',
  failed: 'hata|başarısız|tekrar dene|yeniden dene|yenile|ters gitti|sorun oluştu',
  network: 'ağ (hata|bağlant|sorun)|bağlantı|internet',
  suspicious: '(şüpheli|olağan ?dışı) (etkinlik|giriş|işlem|aktivite)|yetkisiz|başka biri|ele geçiril|yeni (cihaz|konum)',
  verify: 'doğrula|onayla',
  unverified: 'doğrulanmamış|doğrulanmadı|onaylanmamış|onaylanmadı|etkinleştirilmemiş|e-?posta(nızı| adresinizi) doğrula',
  required: 'zorunlu|gerekli|boş (bırakılamaz|olamaz|geçilemez)|(girin|giriniz|seçin|seçiniz|doldurun|doldurunuz)\\b',
  'bad-format': 'geçerli bir|en az\\b|karakter|çok (kısa|uzun)|biçim|içermeli|olmalı',
  'contact-support': 'müşteri (hizmetleri|desteği)|destek ekibi|iletişime geçin',
  'to-continue': 'devam etmek için|devam et|giriş yapmak için|geri yükle|kurtarmak için',
  confirmation: 'şifreler|parolalar|(şifre|parola)(yi|yı)? (tekrar|onay)',
  conditional: 'eğer|halinde|takdirde|durumunda|olabilir|\\S+(ecek|acak)(tir|tır)?(?![a-zçğıöşü])',
  attributive: '(?<!zaten )(kayıtlı|doğrulanmış|onaylanmış|kilitli|bağlı|kaydedilmiş) (?=[a-zçğıöşü])',
  done: 'başarıyla|başarılı(?!sız)|(değiştirildi|doğrulandı|onaylandı|sıfırlandı)',
  appeal: 'itiraz',
} satisfies LanguageTerms;
