# case: a @ms.jit_class holding fixed piece rates is created in __init__ and only read in construct to price each crew's bins -> jit_class attribute reads, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class PieceRates:
    def __init__(self, per_bin, ladder_bonus):
        self.per_bin = per_bin
        self.ladder_bonus = ladder_bonus

    def pay(self, bins, ladder_share):
        return bins * (self.per_bin + self.ladder_bonus * ladder_share)


class CrewPayroll(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rates = PieceRates(28.0, 4.5)

    def construct(self, bins_by_crew, ladder_share):
        bins = bins_by_crew.sum(axis=1)
        pay = self.rates.pay(bins, ladder_share)
        return pay, pay.sum()


def make():
    np.random.seed(72)
    bins = Tensor(np.random.randint(5, 20, size=(3, 8)).astype(np.float32))
    ladder = Tensor(np.array([0.2, 0.6, 0.4], dtype=np.float32))
    return CrewPayroll(), (bins, ladder)
