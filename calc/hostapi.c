/*
 * hostapi.c - the one table of host services every plugin receives (the
 * mkba_host of mkba_plugin.h); see hostapi.h.  The services themselves live
 * with what they serve: the ledger (ledger.c), the cohort (cohort.c), blocks
 * of draws (block.c) and configure() (configure.c).
 */
#include "hostapi.h"

#include "block.h"
#include "cohort.h"
#include "configure.h"

static const mkba_host services = {
    .size = sizeof(mkba_host),
    .abi_version = MKBA_ABI_VERSION,
    .horizon = mkba_svc_horizon,
    .start_year = mkba_svc_start_year,
    .category = mkba_svc_category,
    .flow = mkba_svc_flow,
    .transfer = mkba_svc_transfer,
    .outcome_id = mkba_svc_outcome_id,
    .outcome = mkba_svc_outcome,
    .pm_item = mkba_svc_pm_item,
    .scratch = mkba_svc_scratch,
    .cohort_run = mkba_svc_cohort_run,
    .cohort_state_cost = mkba_svc_cohort_state_cost,
    .cohort_programme_cost = mkba_svc_cohort_programme_cost,
    .cohort_person_years = mkba_svc_cohort_person_years,
    .config_horizon = mkba_svc_config_horizon,
    .config_price_year = mkba_svc_config_price_year,
    .config_reindex = mkba_svc_config_reindex,
    .json_type = mkba_svc_json_type,
    .json_get = mkba_svc_json_get,
    .json_size = mkba_svc_json_size,
    .json_at = mkba_svc_json_at,
    .json_member = mkba_svc_json_member,
    .json_number = mkba_svc_json_number,
    .json_string = mkba_svc_json_string,
    .json_check_keys = mkba_svc_json_check_keys,
    .config_error = mkba_svc_config_error,
    .config_param = mkba_svc_config_param,
    .config_actor = mkba_svc_config_actor,
    .config_value = mkba_svc_config_value,
    .cohort_run_ex = mkba_svc_cohort_run_ex,
    .cohort_state_cost_years = mkba_svc_cohort_state_cost_years,
    .cohort_programme_cost_years = mkba_svc_cohort_programme_cost_years,
    .cohort_transfer = mkba_svc_cohort_transfer,
    .config_money_param = mkba_svc_config_money_param,
    .config_set_range = mkba_svc_config_set_range,
    .config_param_part = mkba_svc_config_param_part,
    .compute_part = mkba_svc_compute_part,
    .post = mkba_svc_post,
    .block_horizon = mkba_svc_block_horizon,
    .block_scratch = mkba_svc_block_scratch,
    .block_cohort_run = mkba_svc_block_cohort_run,
    .block_cohort_line = mkba_svc_block_cohort_line,
    .block_post = mkba_svc_block_post,
};

const mkba_host *mkba_host_services(void) { return &services; }
