# case: board encoder builds a sparse COO tensor of occupied squares per piece type and converts it to dense input planes -> sparse tensor built in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseBoardEncoder(nn.Cell):
    def __init__(self, n_piece_types=12):
        super().__init__()
        self.shape = (n_piece_types, 64)
        self.conv = nn.Conv2d(n_piece_types, 8, 3, pad_mode="same")

    def construct(self, indices, values):
        occ = ms.COOTensor(indices, values, self.shape)
        planes = occ.to_dense().reshape(1, 12, 8, 8)
        return ops.relu(self.conv(planes)).mean()


def make():
    np.random.seed(15)
    start = [(0, 8 + i) for i in range(8)] + [(6, 48 + i) for i in range(8)]
    start += [(3, 0), (3, 7), (9, 56), (9, 63), (5, 4), (11, 60)]
    idx = Tensor(np.array(start, dtype=np.int32))
    val = Tensor(np.ones(len(start), dtype=np.float32))
    return SparseBoardEncoder(), (idx, val)
