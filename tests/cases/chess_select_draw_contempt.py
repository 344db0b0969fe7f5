# case: value head applies a contempt offset only to positions flagged as drawish, chosen elementwise with ops.select on a boolean mask -> three-argument select, static, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ContemptValue(nn.Cell):
    def __init__(self, dim=32, contempt=0.15, draw_band=0.05):
        super().__init__()
        self.value = nn.SequentialCell([nn.Dense(dim, 32), nn.ReLU(), nn.Dense(32, 1), nn.Tanh()])
        self.contempt = contempt
        self.draw_band = draw_band

    def construct(self, feats):
        v = self.value(feats).reshape(-1)
        drawish = ops.abs(v) < self.draw_band
        adjusted = ops.select(drawish, v - self.contempt, v)
        return adjusted


def make():
    np.random.seed(37)
    return ContemptValue(), (Tensor(np.random.randn(10, 32).astype(np.float32) * 0.1),)
