# case: latitude-weighted RMSE over ocean points only, picking ocean cells with a boolean land-sea mask inside a helper -> boolean-mask indexing gives a data-dependent shape (dynamic or error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_LAT, N_LON = 16, 32


def lat_weights(n_lat):
    lat = np.linspace(-90.0, 90.0, n_lat)
    w = np.cos(np.deg2rad(lat))
    return (w / w.mean()).astype(np.float32)


class LossConfig:
    def __init__(self, ocean_only=True, eps=1e-6, reduction="mean"):
        self.ocean_only = ocean_only
        self.eps = eps
        self.reduction = reduction


class LatWeightedRMSE(nn.Cell):
    def __init__(self, config, land_sea_mask=None):
        super().__init__()
        self.ocean_only = config.ocean_only
        self.eps = config.eps
        self.w_lat = Tensor(lat_weights(N_LAT)).reshape(1, 1, N_LAT, 1)
        self.lsm = land_sea_mask

    def _masked_mean(self, err, mask):
        sel = err[mask]
        return sel.mean()

    def construct(self, pred, target):
        err = ops.square(pred - target) * self.w_lat
        if self.ocean_only and self.lsm is not None:
            ocean = ops.broadcast_to(self.lsm < 0.5, err.shape)
            mse = self._masked_mean(err, ocean)
        else:
            mse = err.mean()
        return ops.sqrt(mse + self.eps)


def make():
    np.random.seed(3651)
    lsm = Tensor((np.random.rand(1, 1, N_LAT, N_LON) > 0.6).astype(np.float32))
    cell = LatWeightedRMSE(LossConfig(), land_sea_mask=lsm)
    pred = Tensor(np.random.randn(2, 4, N_LAT, N_LON).astype(np.float32))
    tgt = Tensor(np.random.randn(2, 4, N_LAT, N_LON).astype(np.float32))
    return cell, (pred, tgt)
