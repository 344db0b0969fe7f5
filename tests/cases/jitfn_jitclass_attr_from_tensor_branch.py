# case: @ms.jit function builds a jit_class Gate from the input tensor (flag = x.sum() < limit) then branches on it; jit_class creation from a tensor fails at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit_class
class Gate:
    def __init__(self, x, limit):
        self.open = x.sum() < limit
        self.limit = limit


@ms.jit
def gated(x):
    gate = Gate(x, 10.0)
    if gate.open:
        y = x * 2
    else:
        y = x / gate.limit
    return y


def make():
    return gated, (Tensor(np.ones((2, 3), np.float32)),)
