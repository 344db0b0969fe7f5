# case: chiller drift detector stores the latest reading tensor on self inside construct to compare next call -> error or warning-level behaviour for attribute write on self in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DriftDetector(nn.Cell):
    def __init__(self, n_sensors=4, drift_limit=0.3):
        super().__init__()
        self.drift_limit = drift_limit
        self.last_reading = Tensor(np.zeros(n_sensors, np.float32))

    def construct(self, reading):
        drift = ops.abs(reading - self.last_reading)
        self.last_reading = reading
        return (drift > self.drift_limit).astype(ms.float32)


def make():
    np.random.seed(20)
    net = DriftDetector()
    reading = Tensor((6.5 + np.random.randn(4)).astype(np.float32))
    return net, (reading,)
