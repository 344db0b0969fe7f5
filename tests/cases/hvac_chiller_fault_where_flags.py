# case: chiller fault flags per time step with ops.where producing fixed-length alarm vector and count -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChillerFaultFlags(nn.Cell):
    def __init__(self, n_sensors=6, threshold=2.0, use_abs=True):
        super().__init__()
        self.threshold = threshold
        self.use_abs = use_abs
        self.weights = ms.Parameter(Tensor(np.ones(n_sensors, np.float32) / n_sensors), name="w")

    def construct(self, readings, baseline):
        dev = readings - baseline
        if self.use_abs:
            dev = ops.abs(dev)
        score = (dev * self.weights).sum(axis=-1)
        flags = ops.where(score > self.threshold, ops.ones_like(score), ops.zeros_like(score))
        n_alarms = flags.sum()
        return flags, n_alarms


def make():
    np.random.seed(4)
    net = ChillerFaultFlags()
    readings = Tensor(np.random.randn(48, 6).astype(np.float32) * 3.0)
    baseline = Tensor(np.zeros((1, 6), np.float32))
    return net, (readings, baseline)
