// Runs graphql-http's GraphQL-over-HTTP server audit against the URL given as the only argument
// and prints the results as one JSON array for the xunit test to judge.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url });
console.log(JSON.stringify(results.map(({ id, name, status, reason }) => ({ id, name, status, reason }))));
