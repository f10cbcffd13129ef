/** Pages made for the card tests: a policy whose passages sit in a closed tab panel and a collapsed section. */
export const TABBED = '/ui/tabbed-policy.html';

export const TABBED_PASSAGES = {
  retention: 'We keep your notes and account data for 4 years after you close your account',
  rights: 'You can ask us for a copy of your data, ask us to correct it, or ask us to delete it',
} as const;

const TABBED_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Privacy Policy | Tabby Notes</title>
<style>
body{font:16px/1.6 system-ui,sans-serif;margin:0 auto;max-width:720px;padding:24px}
.panel{display:none}.panel.active{display:block}
.more{display:none}.more.open{display:block}
</style>
</head>
<body>
<main>
<h1>Privacy Policy</h1>
<p>Tabby Notes is a note-taking app run by Tabby Software Ltd. This policy explains what personal data we collect, how we use it, who we share it with and how long we keep it.</p>
<h2>Data we collect</h2>
<p>When you create an account we collect your name and your email address. We store the notes you write and we collect your IP address and device type when you use the app.</p>
<h2>Sharing</h2>
<p>We share your data with service providers that host our servers, under contracts that oblige them to protect it. We do not sell your personal data.</p>
<div role="tablist" aria-label="More about your data">
<button type="button" role="tab" id="tab-security" aria-selected="true" aria-controls="panel-security">Security</button>
<button type="button" role="tab" id="tab-retention" aria-selected="false" aria-controls="panel-retention">Retention</button>
</div>
<section role="tabpanel" id="panel-security" aria-labelledby="tab-security" class="panel active">
<h2>How we protect your data</h2>
<p>We encrypt your data in transit and at rest, and only a few trained employees can access it.</p>
</section>
<section role="tabpanel" id="panel-retention" aria-labelledby="tab-retention" class="panel">
<h2>How long we keep your data</h2>
<p>${TABBED_PASSAGES.retention}, and then we delete it.</p>
</section>
<h2>Your rights</h2>
<button type="button" id="rights-toggle" aria-expanded="false" aria-controls="rights-more">Read about your rights</button>
<div id="rights-more" class="more">
<p>${TABBED_PASSAGES.rights}. Write to privacy@tabby.example to use these rights.</p>
</div>
<h2>Contact</h2>
<p>Questions about this policy? Write to privacy@tabby.example.</p>
</main>
<script>
for (const tab of document.querySelectorAll('[role=tab]')) {
  tab.addEventListener('click', () => {
    for (const other of document.querySelectorAll('[role=tab]')) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      document.getElementById(other.getAttribute('aria-controls')).classList.toggle('active', selected);
    }
  });
}
const toggle = document.getElementById('rights-toggle');
toggle.addEventListener('click', () => {
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', String(open));
  document.getElementById('rights-more').classList.toggle('open', open);
});
</script>
</body>
</html>`;

export const SELLING = '/ui/selling-policy.html';

const SELLING_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Privacy Policy | Bargain Bazaar</title></head>
<body>
<main>
<h1>Privacy Policy</h1>
<p>Bargain Bazaar runs an online marketplace. This privacy policy explains what personal data we collect and what we do with it.</p>
<h2>What we collect</h2>
<p>We collect your name, your email address, your postal address and your purchase history when you shop with us.</p>
<h2>Who we share it with</h2>
<p>We sell your personal data to advertisers and data brokers, who use it to show you offers.</p>
<p>We also share your data with delivery companies so they can bring you your orders.</p>
<h2>How long we keep it</h2>
<p>We keep your data for 7 years after your last purchase.</p>
<h2>Contact</h2>
<p>Write to privacy@bazaar.example with any question.</p>
</main>
</body>
</html>`;

export function uiPages(): Map<string, string> {
  return new Map([
    [TABBED, TABBED_HTML],
    [SELLING, SELLING_HTML],
  ]);
}
