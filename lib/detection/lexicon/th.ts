/** The lexicon in Thai: each concept's terms (lexicon.ts says how a term is written). A chunk of its own in
 *  the extension (entrypoints/lexicon-th.ts), injected with the detector into frames in this language (languages.ts).
 *  Thai writes no spaces between words: as Chinese, its terms match anywhere, so each is a word that does not
 *  hide inside another ("ล็อก" but not in "ล็อกอิน", login; "ผิด" but not in "ผิดปกติ", abnormal). Folding (NFKC)
 *  splits the vowel sara am (U+0E33) in two: terms are written folded. Spaces, not commas, part a sentence's
 *  clauses, so a condition is only a lock or limit said to come ("จะถูกล็อก"). A state after ที่ is an attribute. */
import type { LanguageTerms } from './offer';

export default {
  password: 'รหัสผ่าน',
  account: 'บัญชี|ผู้ใช้|อีเมล|หมายเลขโทรศัพท์|เบอร์โทร',
  email: 'อีเมล',
  wrong: 'ไม่ถูกต้อง|ไม่ตรงกัน|ผิด(?!ปกติ|พลาด)',
  'not-found': 'ไม่พบ|ไม่มีอยู่|ไม่ได้ลงทะเบียน|ไม่มีบัญชี',
  'already-registered': 'ถูกใช้(งาน)?แล้ว|ได้ลงทะเบียนแล้ว|ลงทะเบียนไว้แล้ว|มีอยู่แล้ว|ถูกลงทะเบียน',
  locked: 'ล็อ(ก|ค)(?!อิน)|ถูกบล็อก|อายัด',
  restricted: 'ระงับ|ถูกจํากัด|ปิดใช้งาน|ถูกปิด|ถูกลบ|ถูกยกเลิก|ไม่พร้อมใช้งาน|ไม่สามารถใช้งาน|บัญชีอื่น',
  unlock: 'ปลดล็อ(ก|ค)|ยืนยันตัวตน',
  'sign-in': 'เข้าสู่ระบบ|ล็อ(ก|ค)อิน|ลงชื่อเข้าใช้',
  attempts: 'ครั้ง|พยายาม|เข้าสู่ระบบ',
  'too-many': 'ครั้งเกินไป|มากเกินไป|บ่อยเกินไป|เกินจํานวน|(ถึง|เกิน)ขีดจํากัด',
  code: 'รหัส(?!ผ่าน(?!แบบใช้ครั้งเดียว)|ไปรษณีย์|ส่วนลด|โปรโมชั่น|คูปอง|สินค้า|ประเทศ)|otp',
  'code-asked': 'ป้อน|กรอก|ส่ง|ได้รับ',
  sending: 'ส่ง|ขอรหัส|คําขอ|วันนี้|พรุ่งนี้|ต่อวัน|รายวัน|24 ชั่วโมง',
  expired: 'หมดอายุ|หมดเวลา',
  robot: 'หุ่นยนต์|(การเข้าชม|การรับส่งข้อมูล|ทราฟฟิก)ที่ผิดปกติ',
  slide: 'เลื่อน|ลาก',
  failed: 'ล้มเหลว|ผิดพลาด|ลองอีกครั้ง|ลองใหม่|รีเฟรช|โหลดใหม่|ไม่สําเร็จ',
  network: 'เครือข่าย|การเชื่อมต่อ|อินเทอร์เน็ต',
  suspicious: 'น่าสงสัย|(กิจกรรม|การเข้าสู่ระบบ)ที่ผิดปกติ|ไม่ได้รับอนุญาต|บุคคลอื่น|ถูกแฮ็ก|อุปกรณ์ใหม่',
  verify: 'ยืนยัน|ตรวจสอบ',
  unverified: 'ยังไม่(ได้)?ยืนยัน|ไม่ได้รับการยืนยัน|ยังไม่ได้เปิดใช้งาน|(โปรด|กรุณา)ยืนยันอีเมล',
  required: 'กรุณากรอก|โปรดกรอก|กรุณาใส่|โปรดใส่|กรุณาป้อน|โปรดป้อน|กรุณาระบุ|โปรดระบุ|กรุณาเลือก|โปรดเลือก|จําเป็นต้อง|ห้ามเว้นว่าง|ต้องไม่ว่าง|ไม่สามารถเว้นว่าง|ยังไม่ได้กรอก',
  'bad-format': 'รูปแบบ|ที่ถูกต้อง|อย่างน้อย|ตัวอักษร|อักขระ|สั้นเกินไป|ยาวเกินไป|ต้องประกอบด้วย|ต้องมีความยาว',
  'contact-support': 'ฝ่ายบริการลูกค้า|ติดต่อฝ่าย|ติดต่อเรา|ศูนย์ช่วยเหลือ|บริการลูกค้า',
  'to-continue': 'เพื่อดําเนินการต่อ|ดําเนินการต่อ|เพื่อเข้าสู่ระบบ|กู้คืน',
  conditional: 'จะถูก(ล็อ(ก|ค)|ระงับ|บล็อก|จํากัด)|(หาก|ถ้า)(คุณ)?(ป้อน|กรอก)',
  attributive: 'ที่(ได้)?(ลงทะเบียน|ยืนยัน|ผูก|เชื่อมโยง|ล็อก|ล็อค|บันทึก)(ไว้)?(แล้ว)?',
} satisfies LanguageTerms;
