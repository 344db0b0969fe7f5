# case: average dough rise over a fixed 40-sample proofing window per proofer rack -> static graph, constant slice bounds
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WINDOW = 40


class RackRiseEstimator(nn.Cell):
    def __init__(self, n_racks=6, window=WINDOW):
        super().__init__()
        self.window = window
        self.head = nn.Dense(window, 1)
        self.relu = nn.ReLU()

    def rise_profile(self, curves):
        start = curves[:, :self.window]
        end = curves[:, -self.window:]
        return end - start

    def construct(self, curves):
        delta = self.rise_profile(curves)
        minutes = self.relu(self.head(delta))
        return minutes.squeeze(-1)


def make():
    np.random.seed(11)
    curves = np.cumsum(np.abs(np.random.randn(6, 180)), axis=1).astype(np.float32)
    return RackRiseEstimator(), (Tensor(curves),)
