-- Pages through the staff API at random keyset positions, as a Fachverfahren or an inbox would.
local total = tonumber(os.getenv("BENCH_TOTAL") or "1000000")

function init(args)
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_API_KEY")
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local after = math.random(0, total)
  return wrk.format("GET", "/api/v1/submissions?limit=50&after=" .. after)
end
