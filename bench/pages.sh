# Helpers for bench/run: sign in through the real pages with curl and print a Cookie header.

# A citizen session with a draft of the Brunnenbohrung form.
citizen_cookie() { # base
  local jar; jar=$(mktemp)
  curl -s -c "$jar" -b "$jar" -o /dev/null "$1/leistungen/brunnenbohrung-anzeigen/antrag"
  echo "sp_sitzung=$(awk '$6 == "sp_sitzung" {print $7}' "$jar")"
  rm -f "$jar"
}

# A signed-in case worker of the Untere Wasserbehörde (or the account whose line in the demo's
# output ends with the third argument, e.g. "Fachdienste)"); credentials from the demo's output.
staff_cookie() { # base, server output file[, label]
  local jar user password token label
  jar=$(mktemp)
  label=${3:-Wasserbehörde}
  user=$(grep -Eo "$label: [^ ]+ / [^ ]+" "$2" | head -1 | awk '{print $(NF-2)}')
  password=$(grep -Eo "$label: [^ ]+ / [^ ]+" "$2" | head -1 | awk '{print $NF}')
  token=$(curl -s -c "$jar" -b "$jar" "$1/intern/anmelden" | grep -Eo 'name="_csrf" value="[^"]+"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode "benutzername=$user" \
    --data-urlencode "passwort=$password" "$1/intern/anmelden"
  echo "sp_sitzung=$(awk '$6 == "sp_sitzung" {print $7}' "$jar")"
  rm -f "$jar"
}
