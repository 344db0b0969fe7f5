# case: P.TopK primitive on self called with a tensor k
import numpy as np
import mindspore as ms
from mindspore import nn
from mindspore.ops import operations as P


class Best(nn.Cell):
    def __init__(self):
        super().__init__()
        self.topk = P.TopK(sorted=True)

    def construct(self, x, k):
        vals, _ = self.topk(x, k)
        return vals


def make():
    return Best(), (ms.Tensor(np.array([0.1, 0.9, 0.4, 0.7], np.float32)), ms.Tensor(2, ms.int64))
