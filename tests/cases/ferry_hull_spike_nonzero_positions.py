# case: hull vibration detector finds positions of accelerometer spikes with ops.nonzero and gathers their amplitudes -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpikeLocator(nn.Cell):
    def __init__(self, sigma=2.5):
        super().__init__()
        self.sigma = sigma

    def construct(self, accel):
        mu = accel.mean()
        sd = accel.std()
        z = (accel - mu) / (sd + 1e-6)
        idx = ops.nonzero(ops.abs(z) > self.sigma)
        return idx


class HullAnomalyHead(nn.Cell):
    def __init__(self):
        super().__init__()
        self.locator = SpikeLocator(sigma=1.5)

    def construct(self, accel):
        idx = self.locator(accel)
        amps = ops.gather_nd(accel, idx)
        return amps.sum(), idx.shape[0]


def make():
    np.random.seed(2)
    accel = np.random.randn(40).astype(np.float32)
    accel[[5, 17, 31]] = 6.0
    return HullAnomalyHead(), (Tensor(accel),)
