# case: jit function builds a decay schedule over the holding period with ops.arange(n) where n is a tensor input -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def exit_schedule(position, holding_bars, half_life):
    steps = ops.arange(0, holding_bars, 1, dtype=ms.float32)
    remaining = position * ops.exp(-steps * 0.6931 / half_life)
    child_orders = remaining[:-1] - remaining[1:]
    return child_orders, remaining[-1]


def make():
    np.random.seed(34)
    return exit_schedule, (Tensor(np.float32(1000.0)), Tensor(12, ms.int32), Tensor(np.float32(3.0)))
