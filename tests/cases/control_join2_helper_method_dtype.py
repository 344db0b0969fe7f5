# case: helper method returns an int32 or a float32 tensor under a tensor condition
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def quant(self, h):
        if h.mean() > 0:
            return h.astype(ms.int32)
        return h

    def construct(self, x):
        return self.quant(x)


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
