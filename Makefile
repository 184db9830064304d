# ChildView developer entry points. `make` (or `make help`) lists the targets.
# Servers (PostgreSQL, RabbitMQ) are project-local, see scripts/infra.sh.

SHELL := /bin/bash
.DEFAULT_GOAL := help

# Benchmarks run by `make bench`: each NAME here runs as `make bench-NAME`
# (scripts/bench.sh NAME -> bench/ChildView.Bench).
BENCHES ?= propagation county rls linkage indicators aggregator migration profile-read

.PHONY: help infra-up infra-down infra-status infra-clean build run test bench bench-propagation bench-county bench-rls bench-linkage bench-indicators bench-aggregator bench-migration bench-profile-read identity-model clean

help: ## list the targets
	@echo "ChildView make targets:"
	@grep -hE '^[a-zA-Z_%-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([^:]+):.*## (.*)/  \1\t\2/' | expand -t 22
	@echo "  (BENCHES = $(BENCHES))"

infra-up: ## start the local PostgreSQL and RabbitMQ (installs them if missing)
	scripts/infra.sh start

infra-down: ## stop the local PostgreSQL and RabbitMQ
	scripts/infra.sh stop

infra-status: ## show whether the local servers run
	@scripts/infra.sh status

infra-clean: infra-down ## stop the servers and delete their data (.infra/)
	rm -rf .infra

build: ## build the solution (Release)
	dotnet build ChildView.sln -c Release

run: ## run everything: servers + Aspire AppHost (Ctrl+C stops)
	scripts/run.sh

test: ## run all tests; ends with "N passed, N failed"
	scripts/test.sh

bench: $(addprefix bench-,$(BENCHES)) ## run every benchmark in BENCHES

bench-propagation: ## propagation benchmark
	@scripts/bench.sh propagation

bench-county: ## county benchmark: generate 20,000 children and load them through the gateway
	@scripts/bench.sh county

bench-rls: ## RLS benchmark: 1,000,000 children in a throwaway profile database, point/list reads with vs without row-level security
	@scripts/bench.sh rls

bench-linkage: ## record linkage on FEBRL 1-4 (dedupe 1-3, link 4a x 4b): precision, recall, F1, seconds per set
	@scripts/bench.sh linkage

bench-indicators: ## early-help indicators: per-event apply time with the indicator derivation vs without (same run)
	@scripts/bench.sh indicators

bench-aggregator: ## events/s the profile sustains while resolving identities vs raw MassTransit consumption (same run)
	@scripts/bench.sh aggregator

bench-migration: ## legacy migration of a generated messy 1,000,000-row pupils extract (validate, COPY, merge, outbox) vs raw binary COPY of the same rows
	@scripts/bench.sh migration

bench-profile-read: ## profile point reads/s through the gateway (JWT, scope, row policies, audit) vs the same endpoint without row policies and audit, and 2 replicas vs 1; 8 connections
	@scripts/bench.sh profile-read

bench-%: ## any benchmark NAME: make bench-NAME
	@scripts/bench.sh $*

identity-model: ## retrain the profile's identity model (m/u) from a generated 60,000-record messy list, without labels
	@dotnet build tools/ChildView.Linkage/Cli -c Release -v quiet -nologo
	@mkdir -p artifacts
	@tools/ChildView.Linkage/Cli/bin/Release/net10.0/childview-linkage generate --records 60000 --out artifacts/identity-training.csv
	@tools/ChildView.Linkage/Cli/bin/Release/net10.0/childview-linkage dedupe artifacts/identity-training.csv \
		--out artifacts/identity-training-links.csv --model-out services/ChildView.ChildProfile/Children/Matching/identity-model.json

verify-audit: ## verify the running platform's five audit hash chains, the profile's and each service's (as the demo DPO; needs make run)
	@TOKEN=$$(scripts/token.sh dpo.evans "profile.read education.read socialcare.read youthoffending.read earlyyears.read") && \
	for api in profile education socialcare youthoffending earlyyears; do \
		printf '%s: ' $$api; curl -sf -H "Authorization: Bearer $$TOKEN" http://localhost:5000/api/$$api/dpo/audit/verification && echo || exit 1; \
	done

clean: ## delete build outputs (bin/, obj/) and artifacts/ (server data stays: infra-clean)
	rm -rf artifacts TestResults
	find . -path ./.git -prune -o -path ./.infra -prune -o -path ./node_modules -prune -o \
	  -type d \( -name bin -o -name obj \) -prune -exec rm -rf {} +
