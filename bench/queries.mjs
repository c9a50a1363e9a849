// Sends bounded bursts of GraphQL requests to a server on this machine and prints throughput and latency.
// Usage: node bench/queries.mjs http://127.0.0.1:5196/graphql [requests per query] [concurrency]
const [url = 'http://127.0.0.1:5196/graphql', total = '400', concurrency = '8'] = process.argv.slice(2);
if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(url)) throw new Error('benchmarks only target this machine');

const queries = {
  'lookup: department(code) with coverage': '{ department(code: "17") { name communityHomesCoverage { childrenServed } womenProgramCoverage { women } } }',
  'page: 22 coverage rows + department, programme, source': '{ communityHomesCoverage { nodes { childrenServed department { name } program { name } source { note } } } }',
  'filter + order + aggregates': '{ communityHomesCoverage(where: { childCareCentres: { gt: 20 }, department: { name: { contains: "a" } } }, order: [{ childrenServed: DESC }]) { totalCount nodes { childrenServed } aggregates { sum { childrenServed } avg { childrenServed } } } }',
  'grouped aggregates across programmes': '{ beneficiaryFigures(where: { countsPeopleServed: { eq: true } }) { groupedAggregates(groupBy: [DEPARTMENT], order: [{ sum: { value: DESC } }]) { key { department { name } } sum { value } } } }',
};

async function run(name, query, unique) {
  const latencies = [];
  let next = 0;
  let failed = 0;
  const started = performance.now();
  async function worker() {
    while (next < Number(total)) {
      const i = next++;
      // An alias that differs per request makes every body unique, so no response cache can answer.
      const body = JSON.stringify({ query: unique ? query.replace('{', `{ r${i}: __typename `) : query });
      const t0 = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const json = await response.json();
      if (!response.ok || json.errors) failed++;
      latencies.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: Number(concurrency) }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  console.log(`| ${name} | ${unique ? 'unique' : 'repeated'} | ${(latencies.length / seconds).toFixed(0)} | ${p(0.5)} | ${p(0.95)} | ${failed} |`);
}

console.log(`${total} requests per row, ${concurrency} at a time`);
console.log('| query | bodies | requests/s | p50 ms | p95 ms | failed |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, query] of Object.entries(queries)) {
  await run(name, query, false); // warm-up and repeated
  await run(name, query, true);
}
