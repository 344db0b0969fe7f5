# case: board encoder scatters ones at occupied (piece, square) pairs into dense planes with tensor_scatter_update -> static shapes, dense ops only, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoardEncoder(nn.Cell):
    def __init__(self, n_piece_types=12):
        super().__init__()
        self.n_piece_types = n_piece_types
        self.conv = nn.Conv2d(n_piece_types, 8, 3, pad_mode="same")

    def construct(self, indices, values):
        planes = ops.zeros((self.n_piece_types, 64), ms.float32)
        planes = ops.tensor_scatter_update(planes, indices, values)
        planes = planes.reshape(1, self.n_piece_types, 8, 8)
        return ops.relu(self.conv(planes)).mean()


def make():
    np.random.seed(16)
    start = [(0, 8 + i) for i in range(8)] + [(6, 48 + i) for i in range(8)]
    start += [(3, 0), (3, 7), (9, 56), (9, 63), (5, 4), (11, 60)]
    idx = Tensor(np.array(start, dtype=np.int32))
    val = Tensor(np.ones(len(start), dtype=np.float32))
    return BoardEncoder(), (idx, val)
