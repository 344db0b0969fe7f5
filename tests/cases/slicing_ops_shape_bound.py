# case: bound taken from ops.shape(x) (near miss)
import numpy as np
import mindspore as ms
from mindspore import ops


class Trim(ms.nn.Cell):
    def construct(self, x):
        n = ops.shape(x)[0]
        return x[: n - 1]


def make():
    return Trim(), (ms.Tensor(np.arange(6, dtype=np.float32)),)
