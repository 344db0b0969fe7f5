# case: .asnumpy() on a Tensor built from constants in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        t = Tensor([1.0, 2.0])
        a = t.asnumpy()
        return x * float(a[0])


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
