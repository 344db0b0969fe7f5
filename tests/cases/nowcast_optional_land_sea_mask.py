# case: precipitation loss that optionally weights land pixels when a land-sea mask is given, tested with `is None` -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedRainLoss(nn.Cell):
    def __init__(self, land_weight=2.0):
        super().__init__()
        self.land_weight = land_weight

    def construct(self, pred, target, land_sea_mask=None):
        err = ops.abs(pred - target)
        if land_sea_mask is None:
            weights = ops.ones_like(err)
        else:
            weights = 1.0 + (self.land_weight - 1.0) * land_sea_mask
        return (err * weights).sum() / weights.sum()


def make():
    np.random.seed(106)
    pred = Tensor(np.random.rand(2, 8, 8).astype(np.float32))
    target = Tensor(np.random.rand(2, 8, 8).astype(np.float32))
    lsm = Tensor((np.random.rand(8, 8) > 0.4).astype(np.float32))
    return WeightedRainLoss(), (pred, target, lsm)
