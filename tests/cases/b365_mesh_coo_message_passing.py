# case: GraphCast-style grid-to-mesh aggregation that builds a COOTensor edge matrix in construct and multiplies it with node features -> sparse tensor in construct (error or unsupported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeshConfig:
    def __init__(self, latent=16, n_grid=32, n_mesh=12, use_edge_weights=True):
        self.latent = latent
        self.n_grid = n_grid
        self.n_mesh = n_mesh
        self.use_edge_weights = use_edge_weights


class Grid2Mesh(nn.Cell):
    def __init__(self, config, edge_index, edge_dist=None):
        super().__init__()
        self.n_mesh = config.n_mesh
        self.n_grid = config.n_grid
        self.edge_index = edge_index
        self.use_w = config.use_edge_weights and edge_dist is not None
        self.edge_dist = edge_dist
        self.node_mlp = nn.SequentialCell([nn.Dense(config.latent, config.latent), nn.SiLU()])

    def _edge_values(self):
        if self.use_w:
            return ops.exp(-self.edge_dist)
        return ops.ones((self.edge_index.shape[0],), ms.float32)

    def construct(self, grid_feat):
        vals = self._edge_values()
        adj = ms.COOTensor(self.edge_index, vals, (self.n_mesh, self.n_grid))
        agg = adj.to_csr().mm(grid_feat)
        return self.node_mlp(agg)


def make():
    np.random.seed(3665)
    cfg = MeshConfig()
    rows = np.repeat(np.arange(cfg.n_mesh), 3)
    cols = np.random.choice(cfg.n_grid, size=rows.size)
    order = np.lexsort((cols, rows))
    edge_index = Tensor(np.stack([rows[order], cols[order]], 1).astype(np.int32))
    edge_dist = Tensor(np.random.rand(rows.size).astype(np.float32))
    net = Grid2Mesh(cfg, edge_index, edge_dist)
    feat = Tensor(np.random.randn(cfg.n_grid, cfg.latent).astype(np.float32))
    return net, (feat,)
