# case: trip encoder deduplicates visited geohash cell ids by building a Python set from the tensor inside construct -> error or fallback in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisitedCellEncoder(nn.Cell):
    def __init__(self, num_cells=64, dim=8):
        super().__init__()
        self.embed = nn.Embedding(num_cells, dim)

    def construct(self, trip_cells):
        visited = set()
        for c in trip_cells:
            visited.add(int(c))
        uniq = Tensor(sorted(visited), ms.int32)
        emb = self.embed(uniq)
        return emb.mean(0), len(visited)


def make():
    np.random.seed(19)
    cells = Tensor(np.random.randint(0, 64, size=(12,)).astype(np.int32))
    return VisitedCellEncoder(), (cells,)
