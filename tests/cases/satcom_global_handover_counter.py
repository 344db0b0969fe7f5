# case: increments a module-level global handover counter from inside construct whenever the best satellite changes -> global state mutation in Graph mode, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HANDOVER_COUNT = 0


class BestSatTracker(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, snr_prev, snr_now):
        global HANDOVER_COUNT
        prev_best = ops.argmax(snr_prev)
        now_best = ops.argmax(snr_now)
        if prev_best != now_best:
            HANDOVER_COUNT += 1
        return now_best, snr_now.max()


def make():
    np.random.seed(12)
    a = Tensor(np.random.uniform(0, 20, size=(9,)).astype(np.float32))
    b = Tensor(np.random.uniform(0, 20, size=(9,)).astype(np.float32))
    return BestSatTracker(), (a, b)
