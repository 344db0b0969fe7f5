# case: pillar-to-BEV projection builds a CSR matrix mapping BEV cells to pillars and multiplies it with pillar features -> CSRTensor construction and sparse matmul in construct (expect error or special handling)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GRID = (8, 8)


class ScatterConfig:
    def __init__(self, num_features=16, grid=GRID, normalize=True):
        self.num_features = num_features
        self.grid = grid
        self.normalize = normalize


class CSRPillarScatter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_cells = config.grid[0] * config.grid[1]
        self.grid = config.grid
        self.num_features = config.num_features
        self.normalize = config.normalize

    def construct(self, indptr, pillar_ids, weights, pillar_feats):
        num_pillars = pillar_feats.shape[0]
        mapping = ms.CSRTensor(indptr, pillar_ids, weights, (self.num_cells, num_pillars))
        bev = mapping.mm(pillar_feats)
        if self.normalize:
            bev = bev / (ops.norm(bev, dim=1, keepdim=True) + 1e-6)
        return bev.T.reshape(1, self.num_features, self.grid[0], self.grid[1])


def make():
    np.random.seed(3700)
    num_cells, num_pillars = GRID[0] * GRID[1], 20
    cells = np.sort(np.random.choice(num_cells, num_pillars, replace=False))
    indptr = np.zeros(num_cells + 1, np.int32)
    for c in cells:
        indptr[c + 1:] += 1
    pillar_ids = np.arange(num_pillars, dtype=np.int32)
    weights = np.ones(num_pillars, np.float32)
    feats = np.random.randn(num_pillars, 16).astype(np.float32)
    return CSRPillarScatter(ScatterConfig()), (Tensor(indptr), Tensor(pillar_ids), Tensor(weights), Tensor(feats))
