# case: jit-compiled signal function that increments a module-level global trade counter and stores the last signal in a global -> global statement state mutation inside an ms.jit function, error or ignored in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

TRADE_COUNT = 0
LAST_SIGNAL = None


@ms.jit
def crossover_signal(fast_ma, slow_ma):
    global TRADE_COUNT, LAST_SIGNAL
    sig = ops.sign(fast_ma - slow_ma)
    TRADE_COUNT = TRADE_COUNT + 1
    LAST_SIGNAL = sig
    return sig * 0.1


def make():
    np.random.seed(28)
    px = 100 + np.cumsum(np.random.randn(40))
    fast = np.convolve(px, np.ones(5) / 5, mode="valid")[-20:]
    slow = np.convolve(px, np.ones(15) / 15, mode="valid")[-20:]
    return crossover_signal, (Tensor(fast.astype(np.float32)), Tensor(slow.astype(np.float32)))
