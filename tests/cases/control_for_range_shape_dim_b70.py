# case: iterates with for i in range(x.shape[0]) over a static dimension and accumulates a same-shape running sum, which unrolls statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CumulativeRows(nn.Cell):
    def construct(self, x):
        acc = ops.zeros_like(x[0])
        outs = []
        for i in range(x.shape[0]):
            acc = acc + x[i]
            outs.append(acc)
        return ops.stack(outs, 0)


def make():
    return CumulativeRows(), (Tensor(np.random.randn(4, 3).astype(np.float32)),)
