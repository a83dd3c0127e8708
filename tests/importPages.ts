/**
 * Pages in the layouts of three invented publishers, for the import's tests. Every name, place
 * and publication in them is made up: they are test data, not news.
 */

/** An `<article>` page with a marked standfirst, a byline, `<time>` elements and a figure. */
export const gazettePage = `<!doctype html>
<html lang="en">
<head>
<title>Harbour council agrees ferry timetable | Example Gazette</title>
<meta property="og:site_name" content="Example Gazette">
<meta name="description" content="A summary for search engines, not the standfirst.">
</head>
<body>
<header class="masthead"><a href="/">Example Gazette</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<div class="ad-slot">Advertisement</div>
<main><article>
<header>
<h1>Harbour council agrees ferry timetable after night of talks</h1>
<p class="standfirst">The council and the ferry company settled after a night of talks in the town hall.</p>
<p class="byline">By <a rel="author" href="/staff/jo">Jo Testwriter</a></p>
<p>Published <time datetime="2031-03-04T08:15:00Z">4 March 2031, 09:15 CET</time></p>
<p>Updated <time datetime="2031-03-04T11:40:00+01:00">4 March 2031, 11:40 CET</time></p>
</header>
<figure><img src="https://img.example.org/ferry.jpg" alt="A ferry at the quay"><figcaption>The ferry at Fictionport quay. Photo: Example Agency</figcaption></figure>
<p>FICTIONPORT — Members of the harbour council and the Example Ferry Company agreed a new timetable on Tuesday, after talks that ran through the night in the old town hall.</p>
<p>"We have a timetable that works for the islands," said council leader Mara Quill. The ferry company's director, Tomas Fenwick, said the deal was "fair to both sides".</p>
<div class="newsletter">Sign up for our newsletter</div>
<h2>Who was at the table</h2>
<p>Mediator Ada Brightwater chaired the talks. Mayor Otto Vance did not attend, and sent a letter instead.</p>
<p>Read more: Ferry fares to rise in spring</p>
</article></main>
<footer><p>We use cookies to improve your experience.</p></footer>
</body>
</html>`;

/** A page of plain `div`s: the dates are written out as text, and there is no standfirst. */
export const courierPage = `<!doctype html>
<html>
<head><title>Lantern festival returns | Example Courier</title><meta property="og:site_name" content="Example Courier"></head>
<body>
<div class="top"><div class="logo">Example Courier</div><div class="menu">Home | World | Weather</div></div>
<div class="story">
<div class="headline"><h1>Lantern festival returns to Mapleford after two quiet years</h1></div>
<div class="meta">
<div class="date">Published: March 4, 2031 9:15 a.m. EST</div>
<div class="date">Updated: March 4, 2031 1:05 p.m. EST</div>
</div>
<div class="share">Share this article</div>
<div class="text">
<div>The lantern festival will return to Mapleford this autumn, the organisers of the invented town's best-loved night said on Monday, after two years in which the river stayed dark.</div>
<div>«The river will be full of light again,» said festival director Lena Sample, who has run the night for a decade.</div>
<div>Advertisement</div>
<div><h3>A quieter route</h3></div>
<div>According to a city official, the procession will take a shorter route past the old mill this year. The same official said: „We expect twelve thousand visitors.“</div>
<div>Related: Mapleford bridge reopens</div>
<div>Rival organiser Ben Placeholder told the Example Courier: “We were never asked.”</div>
</div>
</div>
</body>
</html>`;

/** Text copied out of a browser, like the bundled story's seed: furniture and all. */
export const heraldText = `Advertisement

Updated 2 June 2031 at 09:00 BST

Hill farmers vote to share one pool of tractors

The co-operative's vote ends a decade of argument over machinery.

Reported by: Example Herald
Follow: Example Herald on Social
Share
Farmers at the vote in Glenexample
Farmers at the vote in Glenexample | Photo: Example Herald

GLENEXAMPLE — Hill farmers in the invented valley of Glenexample voted on Saturday to share a single pool of tractors, ending a decade of argument over machinery.

"Nobody needs six tractors in one glen," chairwoman Ida Fictional told the meeting.

Advertisement

Who stayed away

Landowner Hugo Notreal did not attend the vote. A farming union spokesperson said the union would "watch closely".

Published 2 June 2031 at 07:30 BST
`;
