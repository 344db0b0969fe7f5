# case: predict firing shrinkage and apply a NumPy polynomial calibration via .asnumpy() inside construct -> host round trip not allowed in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ShrinkagePredictor(nn.Cell):
    def __init__(self, n_feat=5):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(n_feat, 12), nn.Tanh(), nn.Dense(12, 1)])
        self.calib = np.array([0.02, 0.95, 0.3], dtype=np.float32)

    def calibrate(self, raw):
        vals = raw.asnumpy()
        fixed = np.polyval(self.calib, vals)
        return Tensor(fixed.astype(np.float32))

    def construct(self, feats):
        raw = self.body(feats)
        return self.calibrate(raw)


def make():
    np.random.seed(10)
    feats = np.random.rand(8, 5).astype(np.float32)
    return ShrinkagePredictor(), (Tensor(feats),)
