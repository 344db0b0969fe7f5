# case: loop for i in range(n_events) where n_events is a tensor from the catalogue to accumulate per-event moment -> range over a tensor value, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CumulativeMoment(nn.Cell):
    def moment_from_mw(self, mw):
        return ops.pow(10.0, 1.5 * mw + 9.1)

    def construct(self, mw, n_events):
        total = ops.zeros((), ms.float32)
        for i in range(n_events):
            total = total + self.moment_from_mw(mw[i])
        return (ops.log10(total) - 9.1) / 1.5


def make():
    np.random.seed(21)
    mw = np.random.uniform(2.0, 4.0, 10).astype(np.float32)
    return CumulativeMoment(), (Tensor(mw), Tensor(7, ms.int32))
