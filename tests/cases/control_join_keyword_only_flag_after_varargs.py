# case: a flow step whose construct takes *args then a keyword-only Python flag; the parent passes a mask positionally and the flag by keyword (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Flip(nn.Cell):
    def construct(self, x, *args, reverse=False, **kwargs):
        x = ops.flip(x, (1,))
        if not reverse:
            logdet = ops.zeros(x.shape[0], x.dtype)
            return x, logdet
        else:
            return x


class Flow(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flows = nn.CellList([Flip(), Flip()])

    def construct(self, x, x_mask, reverse=False):
        for flow in self.flows:
            if not reverse:
                x, _ = flow(x, x_mask, reverse=reverse)
            else:
                x = flow(x, x_mask, reverse=reverse)
        return x


def make():
    return Flow(), (Tensor(np.ones((2, 3, 4), np.float32)), Tensor(np.ones((2, 1, 4), np.float32)))
