# case: RMSE over land points only, gathered with masked_select -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LandOnlyRMSE(nn.Cell):
    """Verification score restricted to land grid cells."""

    def __init__(self, land_sea_mask, land_threshold=0.5, per_channel=False):
        super().__init__()
        self.land = Tensor(land_sea_mask > land_threshold)
        self.per_channel = per_channel

    def _select_land(self, field):
        mask = ops.broadcast_to(self.land, field.shape)
        return ops.masked_select(field, mask)

    def construct(self, pred, target):
        if self.per_channel:
            return ops.sqrt(((pred - target) ** 2).mean(axis=(0, 2, 3)))
        err = self._select_land(pred - target)
        return ops.sqrt((err * err).mean())


def make():
    rng = np.random.RandomState(1)
    lsm = rng.rand(8, 16).astype(np.float32)
    pred = Tensor(rng.randn(2, 3, 8, 16).astype(np.float32))
    target = Tensor(rng.randn(2, 3, 8, 16).astype(np.float32))
    return LandOnlyRMSE(lsm), (pred, target)
