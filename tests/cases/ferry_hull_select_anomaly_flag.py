# case: hull anomaly scorer uses ops.select to zero out scores below the alarm threshold instead of a Python branch -> elementwise select keeps static shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HullAnomalyScore(nn.Cell):
    def __init__(self, n_sensors=8, threshold=0.6):
        super().__init__()
        self.encoder = nn.Dense(n_sensors, 4)
        self.decoder = nn.Dense(4, n_sensors)
        self.threshold = threshold

    def construct(self, vib):
        recon = self.decoder(ops.tanh(self.encoder(vib)))
        err = ((vib - recon) ** 2).mean(axis=1)
        score = ops.sigmoid(err)
        flagged = ops.select(score > self.threshold, score, ops.zeros_like(score))
        return flagged


def make():
    np.random.seed(24)
    vib = Tensor(np.random.randn(10, 8).astype(np.float32))
    return HullAnomalyScore(), (vib,)
