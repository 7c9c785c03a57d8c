#!/usr/bin/env bash
# The installed program, man page and completions, run from their installed paths.
# Usage: installed_tool_test.sh PREFIX SOURCE_DIR   (PREFIX: where bin/claimdiff is, e.g. /usr)
set -euo pipefail
prefix=$1 source=$2
samples=$source/samples
fail() { echo "FAIL: $*"; exit 1; }
tool=$prefix/bin/claimdiff
version=$(sed -n 's/^project(claimdiff VERSION \([0-9.]*\).*/\1/p' "$source/CMakeLists.txt")

echo "== $tool --version"
[ "$("$tool" --version)" = "claimdiff $version" ] || fail "--version says '$("$tool" --version)'"

echo "== the seed comparison"
status=0; "$tool" --width 100 "$samples/sony-cnet.txt" "$samples/sony-vice.txt" > seed.txt 2> seed.err || status=$?
[ $status = 1 ] || fail "seed comparison exited $status"
grep -Eq "1 conflict · [0-9]+ shared · [0-9]+ only in A · [0-9]+ only in B" seed.txt || fail "seed summary"
[ ! -s seed.err ] || fail "stderr: $(cat seed.err)"

echo "== the man page: every option of --help, and nothing --help lacks"
man_page=$prefix/share/man/man1/claimdiff.1.gz
[ -f "$man_page" ] || fail "no $man_page"
zcat "$man_page" > claimdiff.1
grep -q '^\.TH "claimdiff" "1"' claimdiff.1 || fail "man page header"
help_options=$("$tool" --help | grep -oE '(^| )--?[a-zA-Z][a-z-]*' | tr -d ' ' | sort -u)
# The option headings: the lines of the OPTIONS section that start with a bold option.
man_options=$(sed -n '/^\.SH OPTIONS/,/^\.SH EXPECTATIONS/p' claimdiff.1 | grep '^\\fB-' |
  grep -oE -- '--?[a-zA-Z][a-z-]*' | sort -u)
[ "$help_options" = "$man_options" ] || fail "options differ: $(diff <(echo "$help_options") <(echo "$man_options") | tr '\n' ' ')"
if command -v man >/dev/null; then man -l claimdiff.1 >/dev/null 2>&1 || fail "man cannot render it"; fi

long_options=$(echo "$help_options" | grep -- '^--')
echo "== bash completion"
bash_completion=$prefix/share/bash-completion/completions/claimdiff
[ -f "$bash_completion" ] || fail "no $bash_completion"
complete_bash() {  # the words of a command line, the last being completed
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _claimdiff; printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$bash_completion" "$@"
}
[ "$(complete_bash claimdiff --form)" = "--format" ] || fail "bash: --form"
[ "$(complete_bash claimdiff --format '' | sort | tr '\n' ' ')" = "html json text " ] || fail "bash: formats"
[ "$(complete_bash claimdiff --color a | sort | tr '\n' ' ')" = "always auto " ] || fail "bash: --color a"
(cd "$samples" && [ "$(complete_bash claimdiff sony-c)" = "sony-cnet.txt" ]) || fail "bash: files"
[ "$(complete_bash claimdiff -- | sort)" = "$(echo "$long_options" | sort)" ] ||
  fail "bash: options differ from --help: $(complete_bash claimdiff -- | tr '\n' ' ')"

echo "== fish completion"
fish_completion=$prefix/share/fish/vendor_completions.d/claimdiff.fish
[ -f "$fish_completion" ] || fail "no $fish_completion"
complete_fish() { fish --no-config -c "source '$fish_completion'; complete -C '$1'" | cut -f1; }
[ "$(complete_fish 'claimdiff --form')" = "--format" ] || fail "fish: --form"
[ "$(complete_fish 'claimdiff --format ' | sort | tr '\n' ' ')" = "html json text " ] || fail "fish: formats"
[ "$(complete_fish 'claimdiff --' | sort)" = "$(echo "$long_options" | sort)" ] ||
  fail "fish: options differ from --help: $(complete_fish 'claimdiff --' | tr '\n' ' ')"

echo "== zsh completion"
zsh_completion=$prefix/share/zsh/vendor-completions/_claimdiff
[ -f "$zsh_completion" ] || fail "no $zsh_completion"
zsh -n "$zsh_completion" || fail "zsh: syntax"
head -1 "$zsh_completion" | grep -q '^#compdef claimdiff$' || fail "zsh: #compdef"
zsh_options=$(grep -oE -- '--[a-z][a-z-]*' "$zsh_completion" | sort -u)
[ "$zsh_options" = "$(echo "$long_options" | sort -u)" ] || fail "zsh: options differ from --help"
# Loaded by compinit from a folder on fpath, as zsh does with vendor-completions.
zsh -f -c "fpath=('$(dirname "$zsh_completion")' \$fpath); autoload -Uz compinit; compinit -u -D;
  [[ \${_comps[claimdiff]} == _claimdiff ]]" || fail "zsh: compinit does not pick it up"
echo "PASS: program, man page and completions work from $prefix"
