# case: gate counter keeps a module-level running tally updated with a global statement in construct -> global state mutation in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DAILY_TALLY = 0.0


class GateTally(nn.Cell):
    def __init__(self, pulses_per_person=2.0):
        super().__init__()
        self.ppp = pulses_per_person

    def construct(self, pulses):
        global DAILY_TALLY
        boarded = pulses.sum() / self.ppp
        DAILY_TALLY = DAILY_TALLY + boarded
        return boarded, DAILY_TALLY


def make():
    np.random.seed(19)
    pulses = Tensor(np.random.randint(0, 8, size=(6, 4)).astype(np.float32))
    return GateTally(), (pulses,)
