#!/usr/bin/env python3
"""Classroom 50 autograder of the deep-learning kata (written by npm run export -- --platform classroom50).

Classroom 50's runner.py calls it once per submission, in the student's checkout, with the bundle in
CLASSROOM50_BUNDLE_DIR. It grades from the bundle's own pristine copy (kata/: the specs, the held-out
checks, the lock file), taking only the assigned exercise files from the checkout, in grading mode, and
writes ./result.json (classroom50/result/v1) and ./release-body.md.

It always exits 0 with a valid result.json: one that says "not graded yet" (every exercise at 0, with
the reason) is written first and replaced only by a result the grader finished and that passes the
schema's checks, so a failed npm ci, a crash or a time-out still records the submission (its Release is
published, status failure) and the teacher regrades. It writes no status= line: the runner derives
success or failure from the rows.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

STARTED = time.monotonic()
# The grade job stops after 15 minutes; setting up the job and npm ci take some of them.
try:
    LIMIT = int(os.environ.get("KATA_C50_TIME_LIMIT") or 12 * 60)
except ValueError:
    LIMIT = 12 * 60
LANG = "__KATA_LANG__"

bundle = os.environ.get("CLASSROOM50_BUNDLE_DIR") or os.path.dirname(os.path.abspath(__file__))
kata = os.path.join(bundle, "kata")
student = os.getcwd()
# Nothing of the runner's environment reaches the grader but what it needs.
KEEP = ("PATH", "HOME", "TMPDIR", "CLASSROOM", "ASSIGNMENT", "SUBMISSION_TAG", "OWNER", "USERNAME", "ASSIGNMENT_TYPE",
        "COMMIT_URL", "RELEASE_URL", "REVIEW_URL")
env = {k: v for k, v in os.environ.items() if k in KEEP}
env.update({"KATA_LANG": LANG, "FORCE_COLOR": "0", "npm_config_update_notifier": "false"})


def say(en, ko):
    return ko if LANG == "ko" else en


def now():
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def write(name, text):
    with open(os.path.join(student, name), "w", encoding="utf-8") as f:
        f.write(text)


def not_graded(reason):
    """result.json with every assigned exercise at 0 and the reason, and a release body that says why."""
    try:
        with open(os.path.join(kata, "kata.json"), encoding="utf-8") as f:
            assigned = json.load(f)["assigned"]
        with open(os.path.join(kata, "curriculum.json"), encoding="utf-8") as f:
            points = {e["id"]: int(e["points"]) for e in json.load(f)["exercises"]}
        tests = [{"test-name": e, "passed": False, "score": 0, "max-score": points[e], "first-failure": reason} for e in assigned]
    except Exception:  # the bundle itself is broken: one row, still valid
        tests = [{"test-name": say("not graded", "채점되지 않음"), "passed": False, "score": 0, "max-score": 0, "first-failure": reason}]
    total = sum(t["max-score"] for t in tests)
    result = {"schema": "classroom50/result/v1", "classroom": env.get("CLASSROOM", ""), "assignment": env.get("ASSIGNMENT", ""),
              "assignment_type": env.get("ASSIGNMENT_TYPE") or "individual", "owner": env.get("OWNER") or env.get("USERNAME") or "",
              "submission": env.get("SUBMISSION_TAG", ""), "commit": env.get("COMMIT_URL", ""), "release": env.get("RELEASE_URL", ""),
              "review": env.get("REVIEW_URL") or env.get("COMMIT_URL", ""), "datetime": now(), "score": 0, "max-score": total, "tests": tests}
    write("result.json", json.dumps(result, indent=2) + "\n")
    write("release-body.md", "### %s: 0/%d\n\n%s\n\n%s\n" % (say("Not graded yet", "아직 채점되지 않음"), total, reason,
                                                            say("Your teacher will regrade this submission.", "선생님이 이 제출을 다시 채점합니다.")))


def problem(result):
    """The first way `result` breaks the schema's facts (runner.py's validate_result), or None."""
    integer = lambda x: isinstance(x, int) and not isinstance(x, bool) and x >= 0
    if not isinstance(result, dict) or result.get("schema") != "classroom50/result/v1":
        return "not a classroom50/result/v1 object"
    allowed = {"schema", "classroom", "assignment", "assignment_type", "owner", "submission", "commit", "release", "review",
               "datetime", "graded_at", "submitted_by", "score", "max-score", "tests"}
    if set(result) - allowed:
        return "extra keys %s" % sorted(set(result) - allowed)
    if not integer(result.get("score")) or not integer(result.get("max-score")) or result["score"] > result["max-score"]:
        return "score %r of %r" % (result.get("score"), result.get("max-score"))
    if not isinstance(result.get("tests"), list):
        return "tests is not a list"
    for i, t in enumerate(result["tests"]):
        if not isinstance(t, dict) or not isinstance(t.get("test-name"), str) or not t["test-name"] or not isinstance(t.get("passed"), bool) \
                or not integer(t.get("score")) or not integer(t.get("max-score")) or t["score"] > t["max-score"]:
            return "tests[%d]" % i
    return None


def run(command):
    """The command's exit code, 127 if it cannot start, None when it outlives the time left (then its
    whole process group is ended)."""
    print("$", " ".join(command), flush=True)
    try:
        child = subprocess.Popen(command, cwd=kata, env=env, start_new_session=True)
    except OSError as error:
        print(error, file=sys.stderr)
        return 127
    try:
        return child.wait(timeout=max(1, LIMIT - (time.monotonic() - STARTED)))
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()
        return None


def main():
    not_graded(say("the grader did not finish.", "채점기가 끝나지 않았습니다."))
    late = say("grading took longer than %d minutes." % (LIMIT // 60), "채점이 %d분을 넘었습니다." % (LIMIT // 60))
    if not os.path.isdir(os.path.join(kata, "node_modules")):
        code = run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"])
        if code != 0:
            return not_graded(late if code is None else say("the grader could not be installed (npm ci, exit %d)." % code,
                                                           "채점기를 설치하지 못했습니다 (npm ci, 종료 코드 %d)." % code))
    out = tempfile.mkdtemp(prefix="kata-classroom50-")
    try:
        code = run(["node", "--import", "tsx", "scripts/grade.ts", "--target", student, "--classroom50", out])
        if code is None:
            return not_graded(late)
        try:
            with open(os.path.join(out, "result.json"), encoding="utf-8") as f:
                result = json.load(f)
            with open(os.path.join(out, "release-body.md"), encoding="utf-8") as f:
                body = f.read()
        except (OSError, ValueError):
            return not_graded(say("the grader stopped before it wrote a result (exit %s)." % code, "채점기가 결과를 쓰기 전에 멈췄습니다 (종료 코드 %s)." % code))
        wrong = problem(result)
        if wrong:
            return not_graded(say("the grader's result was not valid (%s)." % wrong, "채점기의 결과가 올바르지 않았습니다 (%s)." % wrong))
        write("result.json", json.dumps(result, indent=2) + "\n")
        write("release-body.md", body)
    finally:
        shutil.rmtree(out, ignore_errors=True)


try:
    main()
except BaseException as error:  # noqa: BLE001 - a submission is never lost to an error of ours
    try:
        not_graded(say("the autograder failed: %s" % error, "자동 채점기가 실패했습니다: %s" % error))
    except BaseException:
        pass
sys.exit(0)
