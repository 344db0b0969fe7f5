# case: global variable mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


COUNTER = 0


class Net(nn.Cell):
    def construct(self, x, k):
        global COUNTER
        COUNTER = COUNTER + 1
        return x * COUNTER


def make():
    return Net(), (Tensor(np.arange(16, dtype=np.float32).reshape(4, 4) - 5), Tensor(2, ms.int32))
