# case: jit execution function increments a module-level global trade counter and stores last fill in a global dict -> error or constant-folded in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TRADE_COUNT = 0
LAST_FILL = {}


@ms.jit
def execute_limit(limit_px, best_ask, qty):
    global TRADE_COUNT
    filled = (best_ask <= limit_px).astype(ms.float32) * qty
    TRADE_COUNT = TRADE_COUNT + 1
    LAST_FILL["qty"] = filled
    return filled * best_ask


def make():
    np.random.seed(29)
    limit_px = Tensor(np.float32(100.02))
    best_ask = Tensor((100.0 + 0.01 * np.random.randint(0, 5, size=(6,))).astype(np.float32))
    qty = Tensor(np.random.randint(1, 50, size=(6,)).astype(np.float32))
    return execute_limit, (limit_px, best_ask, qty)
