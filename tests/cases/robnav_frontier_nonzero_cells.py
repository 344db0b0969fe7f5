# case: find frontier cells (free cells next to unknown) and return their coordinates with nonzero -> nonzero output size data-dependent, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FREE, UNKNOWN, OCC = 0, -1, 100


class FrontierDetector(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pad = nn.ConstantPad2d(1, float(FREE))

    def unknown_neighbor(self, grid):
        unk = (grid == UNKNOWN).astype(ms.float32)
        p = self.pad(unk.expand_dims(0)).squeeze(0)
        h, w = grid.shape
        s = p[0:h, 1:w + 1] + p[2:h + 2, 1:w + 1] + p[1:h + 1, 0:w] + p[1:h + 1, 2:w + 2]
        return s > 0

    def construct(self, grid):
        free = grid == FREE
        frontier = ops.logical_and(free, self.unknown_neighbor(grid))
        cells = ops.nonzero(frontier)
        centroid = cells.astype(ms.float32).mean(axis=0)
        return cells, centroid


def make():
    np.random.seed(4)
    g = np.full((12, 12), UNKNOWN, np.float32)
    g[2:9, 2:9] = FREE
    g[5, 3:7] = OCC
    return FrontierDetector(), (Tensor(g),)
