# case: the k largest of a masked selection, k from a tensor -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Head(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = 2.0

    def construct(self, x, k):
        sel = ops.masked_select(x, x > 0)
        vals, _ = ops.topk(sel, int(k))
        return vals * self.scale


def make():
    np.random.seed(3)
    x = Tensor(np.random.randn(4, 8, 8).astype(np.float32))
    return Head(), (x, Tensor(2, ms.int32))
