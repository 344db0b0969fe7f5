# case: ops.topk with k from a tensor argument
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def construct(self, v, k):
        return ops.topk(v.astype(ms.float32), k)[0]


def make():
    return Net(), (Tensor(np.array([3, 1, 3, 2, 1, 1], np.int32)), Tensor(2, ms.int32))
