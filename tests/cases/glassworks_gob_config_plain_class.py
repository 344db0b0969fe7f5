# case: a plain Python config object for the gob feeder is built in __init__ and only its float fields are read in construct -> constants folded at compile time, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeederConfig:
    def __init__(self, target_weight=300.0, gob_temp=1150.0, shear_nominal=0.9):
        self.target_weight = target_weight
        self.gob_temp = gob_temp
        self.shear_nominal = shear_nominal


class GobFeederNorm(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg or FeederConfig()
        self.w0 = cfg.target_weight
        self.t0 = cfg.gob_temp
        self.s0 = cfg.shear_nominal
        self.fc = nn.Dense(3, 1)

    def construct(self, weight, temp, shear):
        feats = ops.stack([weight / self.w0, temp / self.t0, shear / self.s0], axis=1)
        return self.fc(feats).reshape(-1)


def make():
    np.random.seed(92)
    w = (300.0 + 10 * np.random.randn(8)).astype(np.float32)
    t = (1150.0 + 5 * np.random.randn(8)).astype(np.float32)
    s = (0.9 + 0.05 * np.random.rand(8)).astype(np.float32)
    return GobFeederNorm(), (Tensor(w), Tensor(t), Tensor(s))
