# case: @ms.jit function increments an attribute of a module-level plain state object (STATE.calls += 1) and uses it; global object mutation expected to fail at STRICT, interpreted at LAX
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


class CallState:
    def __init__(self):
        self.calls = 0


STATE = CallState()


@ms.jit
def decayed(x):
    STATE.calls += 1
    factor = 0.9 ** STATE.calls
    return x * factor


def make():
    return decayed, (Tensor(np.ones((2, 2), np.float32)),)
