# case: masked mean over ocean cells with ops.select and a fixed-size land-sea mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OceanMaskedLoss(nn.Cell):
    """MAE of sea-surface temperature over ocean points; land points contribute zero."""

    def __init__(self, land_sea_mask, ocean_value=0):
        super().__init__()
        self.ocean = Tensor(land_sea_mask == ocean_value)
        self.n_ocean = float((land_sea_mask == ocean_value).sum())

    def _mask_like(self, x):
        return ops.broadcast_to(self.ocean, x.shape)

    def construct(self, pred, target):
        mask = self._mask_like(pred)
        err = ops.select(mask, ops.abs(pred - target), ops.zeros_like(pred))
        per_sample = err.sum(axis=(-2, -1)) / self.n_ocean
        valid = mask.astype(ms.float32).sum(axis=(-2, -1))
        return per_sample.mean(), valid


def make():
    rng = np.random.RandomState(101)
    lsm = (rng.rand(8, 12) > 0.6).astype(np.int32)
    pred = Tensor(rng.randn(3, 8, 12).astype(np.float32))
    tgt = Tensor(rng.randn(3, 8, 12).astype(np.float32))
    return OceanMaskedLoss(lsm), (pred, tgt)
