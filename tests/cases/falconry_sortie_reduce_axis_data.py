# case: summarise a sortie tensor (birds x sorties x channels) along an axis chosen by a tensor-valued mode flag read with int() -> reduce axis from data, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SortieSummary(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scale = nn.Dense(5, 5)

    def construct(self, sorties, mode):
        # mode 0: per-bird summary over sorties, mode 1: per-sortie summary over birds
        x = self.scale(sorties)
        axis = int(mode)
        return x.mean(axis=axis)


def make():
    np.random.seed(3198)
    s = Tensor(np.random.randn(4, 6, 5).astype(np.float32))
    return SortieSummary(), (s, Tensor(np.array(1, dtype=np.int32)))
