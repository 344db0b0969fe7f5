# case: integrate the cooling curve for a constructor-fixed number of steps, collecting temperatures in a list and stacking -> constant loop, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CoolingCurveFixed(nn.Cell):
    def __init__(self, n_steps=24, ambient=25.0, k=0.04):
        super().__init__()
        self.n_steps = n_steps
        self.ambient = ambient
        self.k = k

    def construct(self, peak_temps, dt):
        temp = peak_temps
        curve = []
        for _ in range(self.n_steps):
            temp = temp - self.k * (temp - self.ambient) * dt
            curve.append(temp)
        return ops.stack(curve, axis=1)


def make():
    np.random.seed(33)
    peaks = np.random.uniform(1200.0, 1260.0, size=(3,)).astype(np.float32)
    return CoolingCurveFixed(), (Tensor(peaks), Tensor(0.5, ms.float32))
