# bash completion for claimdiff(1): options, their values, and files for the rest.
_claimdiff() {
  local cur prev
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  case $prev in
    -f|--format) mapfile -t COMPREPLY < <(compgen -W 'text json html' -- "$cur"); return ;;
    --color|--colour) mapfile -t COMPREPLY < <(compgen -W 'auto always never' -- "$cur"); return ;;
    -w|--width|--min-similarity|--label|--label-a|--label-b|--date-a|--date-b) COMPREPLY=(); return ;;
    --encoding)
      if command -v uconv >/dev/null 2>&1; then
        mapfile -t COMPREPLY < <(compgen -W "$(uconv -l 2>/dev/null)" -- "$cur")
      fi
      return ;;
    --wordnet) mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
    -o|--output|--expect|--write-expect|--junit|--batch)
      mapfile -t COMPREPLY < <(compgen -f -- "$cur"); compopt -o filenames 2>/dev/null; return ;;
  esac
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W '-f --format -o --output -w --width --color --colour
      --label --label-a --label-b -q --quiet --encoding --timeout --connect-timeout --max-download --date-a --date-b --min-similarity --wordnet --batch --expect
      --write-expect --strict --junit -h --help -V --version' -- "$cur")
    return
  fi
  mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  compopt -o filenames 2>/dev/null
}
complete -F _claimdiff claimdiff
