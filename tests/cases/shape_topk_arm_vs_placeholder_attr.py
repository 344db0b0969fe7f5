# case: a tensor if returns a Cell attribute built from known sizes on one arm, top-k of scores with another k on the other
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Picker(nn.Cell):
    def __init__(self, num_default=3, k=2):
        super().__init__()
        self.default_ids = Tensor(np.zeros((num_default,)), ms.int32)
        self.k = k

    def construct(self, scores, gate):
        if gate.sum() > 0:
            _, ids = ops.topk(scores, self.k)
            out = ids
        else:
            out = self.default_ids
        return out * 2


def make():
    np.random.seed(1)
    return Picker(), (Tensor(np.random.rand(6).astype(np.float32)), Tensor(np.array([1], np.int32)))
