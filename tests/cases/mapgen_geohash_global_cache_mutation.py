# case: geohash cell embedding memoises results in a module-level dict mutated from construct -> error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

_CELL_CACHE = {}


class GeohashCellEmbed(nn.Cell):
    def __init__(self, num_cells=32, dim=8, precision=5):
        super().__init__()
        self.embed = nn.Embedding(num_cells, dim)
        self.num_cells = num_cells
        self.precision = precision

    def construct(self, cell_ids):
        key = self.precision
        if key in _CELL_CACHE:
            base = _CELL_CACHE[key]
        else:
            base = self.embed(cell_ids)
            _CELL_CACHE[key] = base
        return base.mean(0)


def make():
    np.random.seed(11)
    ids = Tensor(np.random.randint(0, 32, size=(10,)).astype(np.int32))
    _CELL_CACHE.clear()
    return GeohashCellEmbed(), (ids,)
