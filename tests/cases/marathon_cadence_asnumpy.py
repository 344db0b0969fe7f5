# case: cadence estimate from wrist accelerometer: the vertical channel is pulled to NumPy with .asnumpy() and smoothed with np.convolve inside construct -> asnumpy/NumPy in construct, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CadenceEstimator(nn.Cell):
    def __init__(self, fs_hz=50.0, kernel=5):
        super().__init__()
        self.fs_hz = fs_hz
        self.kernel = kernel

    def construct(self, accel):
        vert = accel[:, 2]
        smooth = np.convolve(vert.asnumpy(), np.ones(self.kernel) / self.kernel, mode="same")
        sm = Tensor(smooth.astype(np.float32))
        centred = sm - sm.mean()
        ups = ops.logical_and(centred[1:] > 0, centred[:-1] <= 0)
        steps = ups.astype(ms.float32).sum() * 2.0
        minutes = accel.shape[0] / self.fs_hz / 60.0
        return steps / minutes


def make():
    np.random.seed(121)
    n = 1500
    t = np.arange(n) / 50.0
    vert = np.sin(2 * np.pi * 1.45 * t) + 0.2 * np.random.randn(n)
    acc = np.stack([0.1 * np.random.randn(n), 0.1 * np.random.randn(n), vert], 1).astype(np.float32)
    return CadenceEstimator(), (Tensor(acc),)
