# case: a wrapper hands a tensor k to its grouper through **kwargs; the grouper's topk takes it -> dynamic at the topk
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Grouper(nn.Cell):
    def __init__(self, default_k=4):
        super().__init__()
        self.default_k = default_k

    def construct(self, scores, **kwargs):
        k = kwargs.get("k", self.default_k)
        vals, idx = ops.topk(scores, k)
        return vals.sum(-1), idx


class Wrapper(nn.Cell):
    def __init__(self, grouper):
        super().__init__()
        self.grouper = grouper

    def construct(self, scores, k):
        return self.grouper(scores, k=k)


def make():
    np.random.seed(1)
    scores = Tensor(np.random.rand(2, 10).astype(np.float32))
    return Wrapper(Grouper()), (scores, Tensor(3, ms.int32))
