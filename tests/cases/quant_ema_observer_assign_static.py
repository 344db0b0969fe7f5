# case: moving-average min/max observer that updates Parameters with ops.assign during calibration -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EMAMinMaxObserver(nn.Cell):
    def __init__(self, momentum=0.9, bits=8):
        super().__init__()
        self.momentum = momentum
        self.qmax = float(2 ** bits - 1)
        self.running_min = Parameter(Tensor(0.0, ms.float32), name="running_min", requires_grad=False)
        self.running_max = Parameter(Tensor(1.0, ms.float32), name="running_max", requires_grad=False)

    def update(self, x):
        new_min = self.momentum * self.running_min + (1 - self.momentum) * ops.amin(x)
        new_max = self.momentum * self.running_max + (1 - self.momentum) * ops.amax(x)
        ops.assign(self.running_min, new_min)
        ops.assign(self.running_max, new_max)
        return new_min, new_max

    def construct(self, x):
        lo, hi = self.update(x)
        scale = (hi - lo) / self.qmax
        zero_point = ops.round(-lo / scale)
        q = ops.clamp(ops.round(x / scale) + zero_point, 0.0, self.qmax)
        return (q - zero_point) * scale


def make():
    np.random.seed(9)
    x = Tensor(np.random.randn(4, 10).astype(np.float32))
    return EMAMinMaxObserver(), (x,)
