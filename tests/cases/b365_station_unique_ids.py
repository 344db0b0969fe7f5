# case: observation-operator bias estimate that averages repeated station reports by collapsing station ids with ops.unique and a segment sum -> unique output length depends on data (dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ObsConfig:
    def __init__(self, n_lat=8, n_lon=16, min_reports=1):
        self.n_lat = n_lat
        self.n_lon = n_lon
        self.min_reports = min_reports


class StationBias(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_lon = config.n_lon
        self.min_reports = config.min_reports

    def _interp_to_obs(self, field, lat_idx, lon_idx):
        flat = field.reshape(-1)
        return ops.gather(flat, lat_idx * self.n_lon + lon_idx, 0)

    def construct(self, field, station_ids, lat_idx, lon_idx, obs):
        innov = obs - self._interp_to_obs(field, lat_idx, lon_idx)
        uniq, inv = ops.unique(station_ids)
        n_st = uniq.shape[0]
        s = ops.unsorted_segment_sum(innov, inv, n_st)
        c = ops.unsorted_segment_sum(ops.ones_like(innov), inv, n_st)
        return s / ops.maximum(c, self.min_reports)


def make():
    np.random.seed(3664)
    cfg = ObsConfig()
    net = StationBias(cfg)
    field = Tensor(np.random.randn(cfg.n_lat, cfg.n_lon).astype(np.float32))
    n_obs = 20
    ids = Tensor(np.random.randint(100, 108, size=n_obs).astype(np.int32))
    lat_idx = Tensor(np.random.randint(0, cfg.n_lat, size=n_obs).astype(np.int32))
    lon_idx = Tensor(np.random.randint(0, cfg.n_lon, size=n_obs).astype(np.int32))
    obs = Tensor(np.random.randn(n_obs).astype(np.float32))
    return net, (field, ids, lat_idx, lon_idx, obs)
