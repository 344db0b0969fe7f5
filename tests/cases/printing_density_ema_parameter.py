# case: density smoother keeps the running average in a non-trainable Parameter updated with ops.assign -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DensityEMA(nn.Cell):
    def __init__(self, zones=16, alpha=0.3, init_density=1.45):
        super().__init__()
        self.alpha = alpha
        self.running = Parameter(Tensor(np.full((zones,), init_density, np.float32)),
                                 name="running_density", requires_grad=False)

    def construct(self, measured):
        smoothed = self.alpha * measured + (1.0 - self.alpha) * self.running
        ops.assign(self.running, smoothed)
        return smoothed


def make():
    np.random.seed(21)
    measured = np.random.normal(1.45, 0.05, (16,)).astype(np.float32)
    return DensityEMA(), (Tensor(measured),)
