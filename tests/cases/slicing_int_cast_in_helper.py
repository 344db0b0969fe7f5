# case: int(k) of a tensor inside a helper, then used as a stop
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


class Net(nn.Cell):
    def _cut(self, x, k):
        stop = int(k)
        return x[1:stop]

    def construct(self, x, k):
        return self._cut(x, k)


def make():
    return Net(), (Tensor(np.arange(9, dtype=np.float32)), Tensor(5, ms.int64))
