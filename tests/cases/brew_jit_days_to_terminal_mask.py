# case: @ms.jit function that finds the days on which gravity is within tolerance of terminal gravity by boolean-mask indexing the day numbers and returns the first -> data-dependent shape inside a jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def days_to_terminal(sg_daily, terminal_sg):
    days = ops.arange(0, sg_daily.shape[0], dtype=ms.int32)
    near = ops.abs(sg_daily - terminal_sg) < 0.002
    reached = days[near]
    first = reached.min()
    return first, reached.shape[0]


def make():
    np.random.seed(31)
    t = np.arange(14, dtype=np.float32)
    sg = (1.012 + 0.040 * np.exp(-t / 2.5)).astype(np.float32)
    return days_to_terminal, (Tensor(sg), Tensor(np.float32(1.012)))
