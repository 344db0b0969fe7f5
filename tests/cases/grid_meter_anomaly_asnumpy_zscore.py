# case: flags anomalous meter readings by computing a robust z-score with NumPy median after .asnumpy() inside construct -> error (host round trip)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeterAnomalyFlagger(nn.Cell):
    def __init__(self, threshold=3.5):
        super().__init__()
        self.threshold = threshold

    def robust_z(self, readings):
        arr = readings.asnumpy()
        med = np.median(arr, axis=1, keepdims=True)
        mad = np.median(np.abs(arr - med), axis=1, keepdims=True) + 1e-6
        return Tensor(0.6745 * (arr - med) / mad, ms.float32)

    def construct(self, readings):
        z = self.robust_z(readings)
        flags = ops.abs(z) > self.threshold
        return flags, z


def make():
    np.random.seed(11)
    readings = np.random.normal(5.0, 0.5, size=(6, 48)).astype(np.float32)
    readings[2, 10] = 15.0
    readings[4, 30] = -3.0
    return MeterAnomalyFlagger(), (Tensor(readings),)
