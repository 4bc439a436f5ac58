/* test only (ShareAndEmbedIT): frames each page named in the query string */
document.addEventListener('DOMContentLoaded', () => {
  const query = new URLSearchParams(location.search);
  for (const [id, src] of query) {
    const frame = document.createElement('iframe');
    frame.id = id; frame.src = src; frame.width = '720'; frame.height = '640';
    document.body.appendChild(frame);
  }
});
