# case: front tracker fills a plain Python result object with tensors inside construct and returns it -> Python object built, mutated and returned in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrontResult:
    def __init__(self):
        self.position = None
        self.confidence = None
        self.notes = []


class FrontLocator(nn.Cell):
    def __init__(self, width=24):
        super().__init__()
        self.cols = Tensor(np.arange(width, dtype=np.float32))

    def construct(self, ice_prob):
        res = FrontResult()
        grad = ops.abs(ice_prob[:, 1:] - ice_prob[:, :-1])
        res.position = ops.argmax(grad, dim=1).astype(ms.float32)
        res.confidence = grad.max(axis=1)
        res.notes.append("argmax-gradient")
        return res


def make():
    np.random.seed(19)
    p = Tensor(np.random.rand(5, 24).astype(np.float32))
    return FrontLocator(), (p,)
