"""Regenerate bot-api-methods.json from the full spec in shared/telegram/ (methods and their
fields only: what the emulator checks). Run: python tests/data/trim_spec.py PATH/bot-api-10.1.json"""

import json
import sys
from pathlib import Path

spec = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
trimmed = {
    "version": spec["version"],
    "release_date": spec["release_date"],
    "methods": {
        name: {
            "fields": [
                {"name": f["name"], "types": f["types"], "required": f["required"]}
                for f in method.get("fields", [])
            ]
        }
        for name, method in spec["methods"].items()
    },
}
out = Path(__file__).with_name("bot-api-methods.json")
out.write_text(json.dumps(trimmed, separators=(",", ":"), sort_keys=True), encoding="utf-8")
