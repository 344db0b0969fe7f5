# case: latitude-weighted MSE loss with per-variable weights on a lat-lon grid -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LatWeightedMSE(nn.Cell):
    """WeatherBench-style loss: cos(lat) weights normalised to mean 1, optional variable weights."""

    def __init__(self, lat_deg, var_weights=None, reduction="mean"):
        super().__init__()
        w = np.cos(np.deg2rad(np.asarray(lat_deg, np.float32)))
        self.lat_w = Tensor((w / w.mean()).reshape(1, 1, -1, 1).astype(np.float32))
        self.var_w = None if var_weights is None else Tensor(np.asarray(var_weights, np.float32).reshape(1, -1, 1, 1))
        self.reduction = reduction

    def _weighted_sq_err(self, pred, target):
        err = (pred - target) ** 2 * self.lat_w
        if self.var_w is not None:
            err = err * self.var_w
        return err

    def construct(self, pred, target):
        err = self._weighted_sq_err(pred, target)
        if self.reduction == "sum":
            return err.sum()
        if self.reduction == "none":
            return err.mean(axis=(2, 3))
        return err.mean()


def make():
    rng = np.random.RandomState(100)
    lat = np.linspace(-87.5, 87.5, 8)
    pred = Tensor(rng.randn(2, 3, 8, 16).astype(np.float32))
    tgt = Tensor(rng.randn(2, 3, 8, 16).astype(np.float32))
    return LatWeightedMSE(lat, var_weights=[1.0, 0.5, 2.0]), (pred, tgt)
