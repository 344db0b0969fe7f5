# case: the flag set to True by the constructor call: the data-dependent slice is live
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Head(nn.Cell):
    def __init__(self, crop=False):
        super().__init__()
        self.crop = crop

    def construct(self, x, k):
        if self.crop:
            x = x[:k]
        return x * 2


class Model(nn.Cell):
    def __init__(self):
        super().__init__()
        self.head = Head(crop=True)

    def construct(self, x, k):
        return self.head(x, k)


def make():
    return Model(), (Tensor(np.random.randn(6, 3).astype(np.float32)), Tensor(3, ms.int32))
