# case: P.TopK with k fixed to an int from __init__ keeps a static output shape
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
from mindspore.ops import operations as P


class TopKPool(nn.Cell):
    def __init__(self, k=3):
        super().__init__()
        self.k = k
        self.topk = P.TopK(sorted=True)
        self.mean = P.ReduceMean()

    def construct(self, x):
        vals, _ = self.topk(x, self.k)
        return self.mean(vals, -1)


def make():
    return TopKPool(), (Tensor(np.random.randn(4, 9).astype(np.float32)),)
