// Loads a data package with Frictionless' own reader (npm datapackage), the URL of its datapackage.json the only
// argument; reads every tabular resource with its declared types and foreign keys, every other one as JSON, and
// prints one JSON object for the xunit test to judge: the package's validity errors and each resource's row count.
import { Package } from 'datapackage';

const url = process.argv[2];
if (!url) {
  console.error('usage: node check.mjs <datapackage.json url>');
  process.exit(2);
}

const dataPackage = await Package.load(url);
const resources = [];
for (const resource of dataPackage.resources) {
  try {
    if (resource.tabular) {
      const rows = await resource.read({ keyed: true, relations: true });
      resources.push({ name: resource.name, tabular: true, rows: rows.length, error: null });
    } else {
      const rows = JSON.parse((await resource.rawRead()).toString('utf8'));
      resources.push({ name: resource.name, tabular: false, rows: rows.length, error: null });
    }
  } catch (error) {
    const details = (error.errors ?? []).slice(0, 5).map((e) => e.message).join('; ');
    resources.push({ name: resource.name, tabular: resource.tabular, rows: -1, error: `${error.message} ${details}`.trim() });
  }
}

console.log(JSON.stringify({
  valid: dataPackage.valid,
  errors: dataPackage.errors.map((e) => e.message),
  resources,
}));
