# case: land-only 2 m temperature bias diagnostic that gathers land points with ops.masked_select before averaging -> masked_select output length depends on data (dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiagConfig:
    def __init__(self, land_threshold=0.5, report_ocean=False):
        self.land_threshold = land_threshold
        self.report_ocean = report_ocean


class SurfaceBias(nn.Cell):
    def __init__(self, config, land_sea_mask):
        super().__init__()
        self.lsm = land_sea_mask
        self.thr = config.land_threshold
        self.report_ocean = config.report_ocean

    def _region_mean(self, err, region):
        vals = ops.masked_select(err, region)
        return vals.mean(), vals.shape[0]

    def construct(self, pred_t2m, obs_t2m):
        err = pred_t2m - obs_t2m
        land = ops.broadcast_to(self.lsm > self.thr, err.shape)
        land_bias, n_land = self._region_mean(err, land)
        if self.report_ocean:
            ocean_bias, _ = self._region_mean(err, ops.logical_not(land))
            return land_bias, ocean_bias
        return land_bias


def make():
    np.random.seed(3670)
    lsm = Tensor(np.random.rand(1, 16, 32).astype(np.float32))
    net = SurfaceBias(DiagConfig(), lsm)
    pred = Tensor(np.random.randn(3, 16, 32).astype(np.float32))
    obs = Tensor(np.random.randn(3, 16, 32).astype(np.float32))
    return net, (pred, obs)
