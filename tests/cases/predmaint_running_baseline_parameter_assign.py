# case: running healthy-baseline kept in non-trainable Parameters updated with ops.assign, first-call flag as tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class BaselineTracker(nn.Cell):
    def __init__(self, channels=4, momentum=0.9, update=True):
        super().__init__()
        self.momentum = momentum
        self.update = update
        self.baseline = Parameter(Tensor(np.zeros((channels,), np.float32)),
                                  name="baseline", requires_grad=False)
        self.seen = Parameter(Tensor(0, ms.int32), name="seen", requires_grad=False)

    def _blend(self, m):
        first = self.seen == 0
        mom = ops.select(first, Tensor(0.0, ms.float32), Tensor(self.momentum, ms.float32))
        return mom * self.baseline + (1 - mom) * m

    def construct(self, window):
        m = window.mean(axis=0)
        if self.update:
            ops.assign(self.baseline, self._blend(m))
            ops.assign_add(self.seen, Tensor(1, ms.int32))
        return ops.abs(m - self.baseline)


def make():
    np.random.seed(19)
    w = np.random.randn(16, 4).astype(np.float32)
    return BaselineTracker(), (Tensor(w),)
