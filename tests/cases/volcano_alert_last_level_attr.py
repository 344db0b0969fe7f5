# case: remember the previous alert score by assigning self.last_score inside construct for hysteresis -> writing a plain self attribute in the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HysteresisAlert(nn.Cell):
    def __init__(self, n_features=10, hysteresis=0.1):
        super().__init__()
        self.score_head = nn.Dense(n_features, 1)
        self.hysteresis = hysteresis
        self.last_score = Tensor(np.zeros((1,), np.float32))

    def construct(self, features):
        score = ops.sigmoid(self.score_head(features)).mean(axis=0)
        smoothed = ops.maximum(score, self.last_score - self.hysteresis)
        self.last_score = smoothed
        return smoothed


def make():
    np.random.seed(121)
    x = Tensor(np.random.randn(8, 10).astype(np.float32))
    return HysteresisAlert(), (x,)
