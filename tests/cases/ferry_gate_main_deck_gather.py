# case: passenger estimator gathers the main-deck gate columns using an index tensor fixed in the constructor -> constant indices, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MainDeckCount(nn.Cell):
    def __init__(self, main_deck_gates=(0, 2, 5)):
        super().__init__()
        self.gate_idx = Tensor(np.array(main_deck_gates, dtype=np.int32))
        self.ppp = 2.0

    def construct(self, pulses):
        main = ops.gather(pulses, self.gate_idx, 1)
        return main.sum(axis=1) / self.ppp


def make():
    np.random.seed(37)
    pulses = Tensor(np.random.randint(0, 12, size=(5, 6)).astype(np.float32))
    return MainDeckCount(), (pulses,)
