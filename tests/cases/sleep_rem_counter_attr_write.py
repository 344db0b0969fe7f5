# case: REM-epoch counter that accumulates into a plain Python attribute on self inside construct across nights -> error or constant-folded attribute write in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RemAccumulator(nn.Cell):
    def __init__(self, rem_label=4):
        super().__init__()
        self.rem_label = rem_label
        self.total_rem = 0
        self.nights_seen = 0

    def construct(self, stages):
        rem = (stages == self.rem_label).astype(ms.int32).sum()
        self.total_rem = self.total_rem + rem
        self.nights_seen = self.nights_seen + 1
        return self.total_rem / self.nights_seen


def make():
    np.random.seed(20)
    stages = np.random.randint(0, 5, size=(40,)).astype(np.int32)
    return RemAccumulator(), (Tensor(stages),)
