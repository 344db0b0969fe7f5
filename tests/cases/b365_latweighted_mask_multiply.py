# case: latitude-weighted MSE where the land-sea mask is applied by multiplication and per-variable weights come from config -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional, Sequence

VARIABLES = ("z500", "t850", "u10", "v10", "t2m")


class WeightedLossConfig:
    def __init__(self, variable_weights: Optional[Sequence[float]] = None, ocean_only=True, eps=1e-8):
        self.variable_weights = variable_weights
        self.ocean_only = ocean_only
        self.eps = eps


class WeightedLatMSE(nn.Cell):
    def __init__(self, config, n_lat, land_sea_mask: Optional[Tensor] = None):
        super().__init__()
        lat = np.deg2rad(np.linspace(-90.0, 90.0, n_lat))
        w = np.cos(lat)
        self.w_lat = Tensor((w / w.mean()).astype(np.float32)).reshape(1, 1, n_lat, 1)
        vw = config.variable_weights
        if vw is None:
            vw = [1.0 for _ in VARIABLES]
        elif not isinstance(vw, (list, tuple)):
            vw = [float(vw)] * len(VARIABLES)
        self.w_var = Tensor(np.array(vw, np.float32)).reshape(1, -1, 1, 1)
        self.ocean_only = config.ocean_only
        self.eps = config.eps
        self.lsm = land_sea_mask

    def construct(self, pred, target):
        err = ops.square(pred - target) * self.w_lat * self.w_var
        if self.ocean_only and self.lsm is not None:
            ocean = (self.lsm < 0.5).astype(err.dtype)
            num = (err * ocean).sum()
            den = ocean.sum() * err.shape[0] * err.shape[1] + self.eps
            return num / den
        return err.mean()


def make():
    np.random.seed(3652)
    n_lat, n_lon = 12, 24
    cfg = WeightedLossConfig(variable_weights=[1.0, 0.8, 0.5, 0.5, 1.2])
    lsm = Tensor((np.random.rand(1, 1, n_lat, n_lon) > 0.7).astype(np.float32))
    cell = WeightedLatMSE(cfg, n_lat, land_sea_mask=lsm)
    pred = Tensor(np.random.randn(2, len(VARIABLES), n_lat, n_lon).astype(np.float32))
    tgt = Tensor(np.random.randn(2, len(VARIABLES), n_lat, n_lon).astype(np.float32))
    return cell, (pred, tgt)
