# case: gather genre affinity along an axis chosen by a mode flag stored in a tensor (int() of the tensor) -> gather axis comes from data, hazard
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenreAffinity(nn.Cell):
    """Affinity table: (patrons, genres). Mode 0 = per-patron lookup, mode 1 = per-genre lookup."""

    def __init__(self, n_patrons=10, n_genres=10):
        super().__init__()
        self.table = ms.Parameter(Tensor(np.random.rand(n_patrons, n_genres).astype(np.float32)),
                                  name="affinity")

    def construct(self, ids, mode):
        axis = int(mode)
        picked = ops.gather(self.table, ids, axis)
        return ops.softmax(picked, axis=-1)


def make():
    np.random.seed(82)
    ids = Tensor(np.array([1, 4, 7]), ms.int32)
    mode = Tensor(np.array(1), ms.int32)
    return GenreAffinity(), (ids, mode)
