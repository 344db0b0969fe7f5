# case: .asnumpy() on mint.zeros built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        z = mint.zeros((4,))
        n = z.asnumpy()
        return x + float(n[0])


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
