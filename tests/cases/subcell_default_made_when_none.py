# case: __init__ keeps the head it is given or makes its own (head if head is not None else TopHead()); no build passes one, so construct runs TopHead, whose slice at a tensor-data bound is dynamic at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopHead(nn.Cell):
    def construct(self, x, n):
        k = int(n)
        return x[:, :k].sum(axis=1)


class Model(nn.Cell):
    def __init__(self, head=None):
        super().__init__()
        self.proj = nn.Dense(6, 6)
        self.head = head if head is not None else TopHead()

    def construct(self, x, n):
        return self.head(self.proj(x), n)


def make():
    return Model(), (Tensor(np.random.rand(2, 6).astype(np.float32)), Tensor(3, ms.int32))
