# case: readiness weights held in a @ms.jit_class object built in __init__ and only read in construct -> read-only jit_class attribute, expected to compile in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ReadinessWeights:
    def __init__(self, flight=0.4, weight=0.3, hunting=0.3):
        self.flight = flight
        self.weight = weight
        self.hunting = hunting

    def combine(self, f, w, h):
        return self.flight * f + self.weight * w + self.hunting * h


class ReleaseScorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flight_head = nn.Dense(8, 1)
        self.weights = ReadinessWeights()

    def construct(self, flight_feats, weight_ratio, kill_rate):
        f = ops.sigmoid(self.flight_head(flight_feats)).mean()
        w = 1.0 - ops.abs(weight_ratio - 1.0)
        return self.weights.combine(f, w, kill_rate)


def make():
    np.random.seed(3182)
    feats = Tensor(np.random.randn(12, 8).astype(np.float32))
    return ReleaseScorer(), (feats, Tensor(np.float32(0.97)), Tensor(np.float32(0.6)))
