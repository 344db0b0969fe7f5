# case: predict firing shrinkage and apply the polynomial calibration with tensor arithmetic (Horner) -> static, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShrinkagePredictorOps(nn.Cell):
    def __init__(self, n_feat=5, coeffs=(0.02, 0.95, 0.3)):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_feat, 12), nn.Tanh(), nn.Dense(12, 1)])
        self.coeffs = coeffs

    def calibrate(self, raw):
        out = ops.zeros_like(raw)
        for c in self.coeffs:
            out = out * raw + c
        return out

    def construct(self, feats):
        raw = self.body(feats)
        return self.calibrate(raw)


def make():
    np.random.seed(11)
    feats = np.random.rand(8, 5).astype(np.float32)
    return ShrinkagePredictorOps(), (Tensor(feats),)
