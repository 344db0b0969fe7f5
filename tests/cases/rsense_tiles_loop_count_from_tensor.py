# case: loops over a number of tiles computed from a valid-data extent tensor, averaging each tile -> error or dynamic because the loop range comes from a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValidExtentTiler(nn.Cell):
    def __init__(self, tile=4):
        super().__init__()
        self.tile = tile

    def construct(self, band, valid_rows):
        n_tiles = valid_rows // self.tile
        means = []
        for i in range(n_tiles):
            block = band[i * self.tile:(i + 1) * self.tile]
            means.append(block.mean())
        return ops.stack(means)


def make():
    np.random.seed(17)
    band = Tensor(np.random.rand(16, 8).astype(np.float32))
    valid_rows = Tensor(12, ms.int32)
    return ValidExtentTiler(), (band, valid_rows)
