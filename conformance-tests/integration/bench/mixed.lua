-- wrk script: rotates the four APIs' list calls; counts non-2xx answers per thread.
-- Used by load.sh; the server accepts the token "load-token".
local paths = {
  "/v1/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e/images/group?limit=50&offset=100&sort_key=name&sort_dir=ASC",
  "/v1/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e/image-servers?limit=50&offset=200&server_name=instance",
  "/v5/0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e/image/synthetic/basic-image?image_type=cicd&limit=50&offset=300",
  "/v2/manage/shared-repositories?center=self&limit=50&offset=100&order_column=name&order_type=asc",
}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  failures = 0
end

function request()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  return wrk.format("GET", path, { ["X-Auth-Token"] = "load-token", ["region"] = "cn-north-4" })
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
  end
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f " ..
      "non2xx=%d socket_errors=%d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, failed,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
