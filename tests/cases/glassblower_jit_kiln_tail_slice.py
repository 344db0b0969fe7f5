# case: ms.jit helper returns the last n minutes of a kiln log where n comes from the log header tensor via int() -> slice length from tensor value under jit
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def kiln_tail(log_c, tail_minutes):
    n = int(tail_minutes)
    tail = log_c[-n:]
    return tail.mean(), tail.max() - tail.min()


def make():
    np.random.seed(221)
    log = (np.linspace(530.0, 300.0, 48) + np.random.randn(48)).astype(np.float32)
    return kiln_tail, (Tensor(log), Tensor(np.array(12, np.int32)))
