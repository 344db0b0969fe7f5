# case: jit function averages the win rate of clutch rounds selected with masked_select where players alive is one -> masked_select inside ms.jit, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def safe_mean(x):
    return x.sum() / ops.maximum(Tensor(1.0, ms.float32), ops.cast(ops.size(x), ms.float32))


@ms.jit
def clutch_win_rate(alive_at_end, round_won):
    clutch = alive_at_end == 1
    won = ops.masked_select(round_won, clutch)
    return safe_mean(won)


def make():
    np.random.seed(20)
    alive = Tensor(np.random.randint(1, 4, size=(24,)).astype(np.int32))
    won = Tensor(np.random.randint(0, 2, size=(24,)).astype(np.float32))
    return clutch_win_rate, (alive, won)
