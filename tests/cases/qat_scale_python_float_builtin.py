# case: int8 symmetric quantizer turns the running abs-max Parameter into a Python float with float() before computing the scale -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Int8SymQuant(nn.Cell):
    def __init__(self, momentum=0.95, eps=1e-6):
        super().__init__()
        self.momentum = momentum
        self.eps = eps
        self.running_absmax = Parameter(Tensor(1.0, ms.float32), name="running_absmax",
                                        requires_grad=False)

    def update_stats(self, x):
        cur = ops.abs(x).max()
        new = self.momentum * self.running_absmax + (1 - self.momentum) * cur
        ops.assign(self.running_absmax, new)

    def construct(self, x):
        if self.training:
            self.update_stats(x)
        absmax = max(float(self.running_absmax), self.eps)
        scale = absmax / 127.0
        return ops.clamp(ops.round(x / scale), -128, 127) * scale


def make():
    np.random.seed(12)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    net = Int8SymQuant()
    net.set_train(True)
    return net, (x,)
