"""Small fictional web pages for the HTML tests (written for reader; no real text)."""

from __future__ import annotations

ARTICLE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Harbour town votes | The Gull Gazette</title>
<meta property="og:site_name" content="The Gull Gazette"></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather forecast for the coast</a></li></ul></nav>
<main><article>
<h1>Harbour town votes to rebuild the old lighthouse</h1>
<p class="byline">By Marta Quill</p>
<time datetime="2024-05-02">May 2, 2024</time>
<figure><img src="light.jpg" alt="The lighthouse"><figcaption>The lighthouse at dusk last winter.</figcaption></figure>
<p>PORTWEN — The council of Portwen voted on Tuesday to rebuild the lighthouse that has stood dark on the northern cliff since the storm of 1987, ending a decade of argument over its cost.</p>
<p>"We owe it to every boat that comes home at night," said Harriet Vell, the harbour master, after the vote was counted in the town hall.</p>
<h2>A long campaign</h2>
<p>The campaign began with a petition signed by nearly every fisher in the town, and it grew into a fund that paid for the surveys the council had asked for.</p>
<blockquote><p>The light is part of who we are, and the sea has not become any kinder since it went out.</p></blockquote>
<p>Work on the foundations is due to begin in the autumn, and the council expects the lamp to be lit again within two years, weather permitting.</p>
</article>
<section id="comments">
<h2>3 thoughts on "Harbour town votes"</h2>
<ol class="commentlist">
<li class="comment depth-1" id="comment-11"><div class="comment-body">
<div class="comment-author vcard"><cite class="fn">Ossian Brae</cite> <span class="says">says:</span></div>
<div class="comment-meta commentmetadata"><a href="#comment-11">May 2, 2024 at 9:12 am</a></div>
<p>About time. My grandfather kept that lamp for thirty years and never missed a night.</p>
<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></div>
<ul class="children">
<li class="comment depth-2" id="comment-12"><div class="comment-body">
<div class="comment-author vcard"><cite class="fn">Lina Moor</cite> <span class="says">says:</span></div>
<div class="comment-meta commentmetadata"><a href="#comment-12">May 2, 2024 at 10:40 am</a></div>
<p>He taught my mother to row, too. Lovely to see it coming back.</p>
</div></li></ul></li>
<li class="comment depth-1" id="comment-13"><div class="comment-body">
<div class="comment-author vcard"><cite class="fn">Tam Reddle</cite> <span class="says">says:</span></div>
<div class="comment-meta commentmetadata"><a href="#comment-13">May 3, 2024 at 8:01 am</a></div>
<p>Two years is optimistic. The cliff road alone will take one.</p>
</div></li>
<li class="pingback" id="comment-14"><div class="comment-body">Pingback: <a href="#">Lighthouse news roundup | Coast Notes</a></div></li>
</ol></section>
<footer><p>© 2024 The Gull Gazette</p></footer>
</main></body></html>
"""

DRUPAL_COMMENTS = """<!DOCTYPE html>
<html><head><title>Night trains return</title></head><body>
<h1>Night trains return to the valley line</h1>
<p>By Ada Fenwick</p>
<p>The night train between Calder and Brisk will run again from June, the rail company said on Monday, after a winter of repairs to the valley viaduct.</p>
<p>Passengers had asked for the service back since it stopped, and the company said bookings opened within an hour of the announcement and sold well.</p>
<div id="comments">
<a id="comment-1"></a>
<div class="comment"><div class="content"><h3 class="name"><span class="username">Pell</span></h3>
<div class="field-comment-body"><p>Finally. The bus took six hours.</p></div></div>
<div class="meta"><ul class="links"><li class="comment-reply"><a href="#">reply</a></li>
<li class="date"><span>June 1, 2024</span></li><li class="time"><span>7:10 AM</span></li></ul></div></div>
<div class="indented"><a id="comment-2"></a>
<div class="comment"><div class="content"><h3 class="name"><span class="username">Anonymous</span></h3>
<div class="field-comment-body"><p>Six hours if it ran at all.</p></div></div>
<div class="meta"><ul class="links"><li class="date"><span>June 2, 2024</span></li><li class="time"><span>8:00 PM</span></li></ul></div></div>
</div>
<a id="comment-3"></a>
<div class="comment"><div class="content"><h3 class="name"><span class="username">Rook</span></h3>
<div class="field-comment-body"><p>Will there be sleeper cabins again?</p></div></div>
<div class="meta"><ul class="links"><li class="date"><span>June 1, 2024</span></li><li class="time"><span>9:30 AM</span></li></ul></div></div>
</div></body></html>
"""

# Comment lists in two other common shapes: a plugin's prefixed classes (text straight in
# its content element, author link and date in one header) and a theme's underscored
# classes; then a list of trackbacks kept apart from the comments.
OTHER_COMMENT_MARKUP = """<!DOCTYPE html>
<html><head><title>Ferry fares</title></head><body>
<h1>Ferry fares to rise in the spring</h1>
<p>By Ada Fenwick</p>
<p>The island ferry will cost more from April, the operator said on Friday, blaming the price of fuel and the repairs to the older of its two boats.</p>
<p>Islanders who cross every day will keep their season tickets at the old price until the end of the summer, the operator said.</p>
<div id="comments"><ul class="orca-comment-list">
<li class="comment" id="comment-31"><div class="orca-comment-header"><span class="orca-comment-author"><a class="orca-author-link" href="#">Wren Halloway</a> · <span class="orca-comment-date">March 1, 2025</span></span></div>
<div class="orca-comment-content">Fuel went down last year and the fares did not.</div></li>
<li class="comment" id="comment-32"><div class="comment_author">Piet Sandoval</div>
<span class="comment-time">March 2, 2025 at 6:15 am</span>
<div class="format_text"><p>The season ticket is what matters to most of us.</p></div></li>
</ul>
<ol id="trackback-list"><li>Island round-up: fares, tides and the fair | Coast Notes</li></ol>
</div></body></html>
"""
