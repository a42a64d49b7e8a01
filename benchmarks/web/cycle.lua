-- wrk script: every request takes the next path of a file (one path a line), so a run cycles through
-- many distinct pages instead of repeating one. Threads start at different points of the list.
-- Usage: wrk -t2 -c8 -d30s --latency -s benchmarks/web/cycle.lua http://127.0.0.1:PORT -- PATHS_FILE
local threads = 0

function setup(thread)
  thread:set("start", threads)
  threads = threads + 1
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  if #paths == 0 then
    error("no paths in " .. args[1])
  end
  at = (start or 0) * math.floor(#paths / 2)
end

function request()
  at = at % #paths + 1
  return wrk.format(nil, paths[at])
end
