# case: a wrapper hands a Python int k to its grouper through **kwargs, next to a tensor weight -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Grouper(nn.Cell):
    def __init__(self, default_k=4):
        super().__init__()
        self.default_k = default_k

    def construct(self, scores, **kwargs):
        k = kwargs.get("k", self.default_k)
        weight = kwargs.get("weight", None)
        if weight is not None:
            scores = scores * weight
        vals, idx = ops.topk(scores, k)
        return vals.sum(-1), idx


class Wrapper(nn.Cell):
    def __init__(self, grouper, k=3):
        super().__init__()
        self.grouper = grouper
        self.k = k

    def construct(self, scores, weight):
        return self.grouper(scores, k=self.k, weight=weight)


def make():
    np.random.seed(2)
    scores = Tensor(np.random.rand(2, 10).astype(np.float32))
    weight = Tensor(np.random.rand(2, 10).astype(np.float32))
    return Wrapper(Grouper()), (scores, weight)
