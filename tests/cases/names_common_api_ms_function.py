# case: the 1.x jit decorator imported from mindspore.common.api, used on a helper
import numpy as np
from mindspore import nn, ops, Tensor
from mindspore.common.api import ms_function


@ms_function
def select(x):
    return ops.masked_select(x, x > 0)


class Net(nn.Cell):
    def construct(self, x):
        return select(x)


def make():
    return Net(), (Tensor(np.ones((2, 3), np.float32)),)
