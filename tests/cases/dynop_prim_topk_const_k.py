# case: P.TopK primitive on self called with k from __init__ int (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn
from mindspore.ops import operations as P


class Best(nn.Cell):
    def __init__(self, k):
        super().__init__()
        self.topk = P.TopK(sorted=True)
        self.k = k

    def construct(self, x):
        vals, _ = self.topk(x, self.k)
        return vals


def make():
    return Best(2), (ms.Tensor(np.array([0.1, 0.9, 0.4, 0.7], np.float32)),)
