/** Large pages made for the benchmark: what heavy shopping pages weigh (thousands of elements). */

const REVIEW = (i: number) => `<div class="a-section review" data-hook="review" id="R${i}">
  <div class="a-row"><a class="a-profile" href="/gp/profile/${i}"><span class="a-profile-name">購入者${i}</span></a></div>
  <div class="a-row"><i class="a-icon a-icon-star a-star-4"><span class="a-icon-alt">5つ星のうち4.0</span></i>
  <span data-hook="review-title">使いやすい</span></div>
  <span data-hook="review-body" class="review-text">ログインできない時期もありましたが（パスワードが正しくありませんと出た）、商品自体は問題ありません。${i}</span>
  <div class="a-row"><span class="cr-vote">${i % 17}人のお客様がこれが役に立ったと考えています</span><a class="a-link-normal" href="#">報告する</a></div>
</div>`;

const ORDER = (i: number) => `<div class="a-box-group order" id="order-${i}">
  <div class="a-box order-header"><div class="a-fixed-right-grid"><span class="a-color-secondary">注文日</span><span>2026年${(i % 12) + 1}月${(i % 28) + 1}日</span>
  <span class="a-color-secondary">合計</span><span>￥${(i * 137) % 9000}</span><span class="yohtmlc-order-id">注文番号 250-${1000000 + i}</span></div></div>
  <div class="a-box shipment"><div class="a-row"><img alt="" src="/img/${i}.jpg" width="90" height="90"><a class="a-link-normal" href="/dp/B0${i}">商品 ${i} USB ケーブル</a></div>
  <div class="a-row"><a class="a-button" href="/track/${i}">配送状況を確認</a><a class="a-button" href="/return/${i}">商品の返品</a><a class="a-button" href="/review/${i}">レビューを書く</a></div></div>
</div>`;

function shell(title: string, body: string): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${title}</title>
<style>.a-section{margin:4px 0}.a-row{display:flex;gap:6px}.a-box{border:1px solid #ddd;padding:6px}.aok-hidden{display:none}</style></head>
<body><header id="navbar"><a href="/">amazon.co.jp</a><form id="nav-search"><input type="text" name="field-keywords"></form></header>
<div class="a-alert a-alert-error aok-hidden" role="alert"><h4 class="a-alert-heading">問題が発生しました</h4></div>
${body}<footer>${'<a href="/help">ヘルプ</a>'.repeat(60)}</footer></body></html>`;
}

/** A product page's block of `count` customer reviews (≈ 12 elements each). */
export function reviews(count: number): string {
  return `<div id="customerReviews">${Array.from({ length: count }, (_, i) => REVIEW(i)).join('')}</div>`;
}

/** An Amazon JP product page with 600 reviews (≈ 9,000 elements). */
export function productPage(): string {
  return shell('商品ページ', `<div id="dp"><h1 id="title">USB ケーブル 2m</h1><div id="feature-bullets">${'<li>高速充電</li>'.repeat(40)}</div></div>
${reviews(600)}`);
}

/** An Amazon JP order history with 400 orders (≈ 9,000 elements). */
export function orderHistory(): string {
  return shell('注文履歴', `<h1>注文履歴</h1><div id="ordersContainer">${Array.from({ length: 400 }, (_, i) => ORDER(i)).join('')}</div>`);
}

/**
 * A page that changes its DOM thousands of times a second for `seconds` (a slider animating, a list
 * loading), then reports in `window.stormResult` how long its own work took in total. `bulk` is markup
 * that makes it a large page.
 */
export function stormPage(kind: 'login' | 'list', seconds: number, bulk = ''): string {
  const login = `<form><input id="fm-login-id" name="fm-login-id"><input id="fm-login-password" type="password">
<div id="nc_1_wrapper" class="nc_wrapper"><div id="nc_1_n1t" class="nc_scale"><div id="nc_1__bg" class="nc_bg" style="width:0"></div>
<span id="nc_1_n1z" class="nc_iconfont btn_slide" style="left:0"></span><div id="nc_1__scale_text" class="scale_text"><span class="nc-lang-cnt">スライドして確認してください</span></div></div></div></form>`;
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>storm</title></head><body>
${kind === 'login' ? login : ''}<ul id="list"></ul>${bulk}
<script>
(() => {
  const list = document.getElementById('list');
  const bar = document.getElementById('nc_1__bg');
  const knob = document.getElementById('nc_1_n1z');
  let work = 0, mutations = 0, n = 0;
  const end = performance.now() + ${seconds * 1000};
  function tick() {
    const t0 = performance.now();
    for (let i = 0; i < 50; i++, n++) {
      if (bar) { bar.style.width = (n % 300) + 'px'; knob.style.left = (n % 300) + 'px'; }
      const li = document.createElement('li');
      li.className = 'item item-' + (n % 7);
      li.textContent = 'item ' + n;
      list.appendChild(li);
      if (list.childElementCount > 400) list.firstElementChild.remove();
      mutations += bar ? 4 : 2;
    }
    work += performance.now() - t0;
    if (performance.now() < end) setTimeout(tick, 0);
    else window.stormResult = { work, mutations, seconds: ${seconds} };
  }
  setTimeout(tick, 0);
})();
</script></body></html>`;
}
