# Format a CI run summary: wrapped failure messages, an indented log
# excerpt, truncated titles and a notification built from a template.
import string
import textwrap

RESULTS = [
    ("test_login_redirects_to_dashboard_after_successful_authentication", "passed", ""),
    ("test_upload", "failed",
     "AssertionError: expected the uploaded file to be stored under the tenant-specific prefix, "
     "but it was written to the shared bucket root instead; check the storage-backend configuration."),
    ("test_rate_limit", "failed", "TimeoutError: the rate-limiter did not reset within 30 seconds -- the clock may be frozen."),
    ("test_search", "skipped", "requires the search service"),
]

LOG = """
    [build] compiling 42 modules
    [build]   warning: unused import in utils/strings.py
    [test]  running 4 tests

    [test]  2 failed, 1 passed, 1 skipped
"""

NOTICE = string.Template("""Hello $name,

The pipeline ${pipeline} finished with status $status.
$failed_count test(s) failed; cost estimate: $$${cost}.
""")


def main():
    wrapper = textwrap.TextWrapper(width=60, initial_indent="  - ", subsequent_indent="    ")
    counts = {}
    for name, status, message in RESULTS:
        counts[status] = counts.get(status, 0) + 1
        title = textwrap.shorten(name.replace("_", " "), width=40, placeholder=" ...")
        print(f"[{status.upper():7}] {title}")
        if message:
            print(wrapper.fill(message))
    print()
    excerpt = textwrap.dedent(LOG).strip("\n")
    print(textwrap.indent(excerpt, "| ", lambda line: True))
    print()
    print(textwrap.indent(excerpt, "> "))
    print()
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    print(textwrap.fill("Summary: " + summary + ". " + "See the log above for details. " * 3, width=50,
                        fix_sentence_endings=True))
    print(textwrap.wrap("A-very-long-hyphenated-identifier-that-cannot-fit", 20))
    print(textwrap.wrap("short text that will be cut off after two lines of output here", 20, max_lines=2))
    print(NOTICE.substitute(name=string.capwords("ada lovelace"), pipeline="main#1842",
                            status="FAILED", failed_count=counts.get("failed", 0), cost="0.42"))
    print(NOTICE.safe_substitute(name="team"))
    try:
        NOTICE.substitute(name="x")
    except KeyError as err:
        print("missing key:", err)
    try:
        string.Template("cost: $").substitute()
    except ValueError as err:
        print("ValueError:", err)
    print(sorted(NOTICE.get_identifiers()))
    print(string.ascii_uppercase[:5], string.digits, len(string.printable))


main()
