# case: classifier-free guidance style: the batch is doubled under a tensor test (cat if scale > 1.0), then ops.chunk splits axis 0 in two -> Split's output count is unknown: fails to compile at the chunk (LAX and STRICT)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def construct(self, x, scale):
        y = ops.cat([x, x], axis=0) if scale > 1.0 else x
        a, b = ops.chunk(y * 2, 2, axis=0)
        return a + b


def make():
    return Net(), (Tensor(np.ones((2, 4), np.float32)), Tensor(7.5, ms.float32))
