# case: a dict comprehension keyed by tensors
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, x, k):
        d = {t: i for i, t in enumerate([k, k + 1])}
        return x * len(d)


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
