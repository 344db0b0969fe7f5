# case: regress flank wear from cutting force features and clamp predictions with ops.where to the physical range, flag worn tools -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlankWearRegressor(nn.Cell):
    def __init__(self, n_feat=5, hidden=16, max_wear_mm=0.6, replace_at_mm=0.3):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_feat, hidden), nn.Tanh(), nn.Dense(hidden, 1)])
        self.max_wear = max_wear_mm
        self.replace_at = replace_at_mm

    def construct(self, force_feats):
        wear = self.body(force_feats).squeeze(-1)
        zero = ops.zeros_like(wear)
        cap = ops.full_like(wear, self.max_wear)
        wear = ops.where(wear < 0, zero, wear)
        wear = ops.where(wear > self.max_wear, cap, wear)
        replace = wear >= self.replace_at
        return wear, replace


def make():
    np.random.seed(13)
    f = Tensor(np.random.randn(9, 5).astype(np.float32))
    return FlankWearRegressor(), (f,)
