# case: grid-to-mesh aggregation with a dense normalized adjacency precomputed in __init__ and message MLPs over a CellList of processor layers -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeshConfig:
    def __init__(self, latent=16, n_grid=32, n_mesh=12, n_layers=2, normalize_by_degree=True):
        self.latent = latent
        self.n_grid = n_grid
        self.n_mesh = n_mesh
        self.n_layers = n_layers
        self.normalize_by_degree = normalize_by_degree


def build_adjacency(rows, cols, n_rows, n_cols, normalize):
    a = np.zeros((n_rows, n_cols), np.float32)
    a[rows, cols] = 1.0
    if normalize:
        a = a / np.maximum(a.sum(1, keepdims=True), 1.0)
    return a


class MessageLayer(nn.Cell):
    def __init__(self, latent):
        super().__init__()
        self.edge = nn.Dense(latent, latent)
        self.node = nn.Dense(2 * latent, latent)
        self.act = nn.SiLU()

    def construct(self, h, adj):
        msg = ops.matmul(adj, self.act(self.edge(h)))
        return h + self.node(ops.concat((h, msg), axis=-1))


class MeshProcessor(nn.Cell):
    def __init__(self, config, rows, cols):
        super().__init__()
        g2m = build_adjacency(rows, cols, config.n_mesh, config.n_grid, config.normalize_by_degree)
        self.g2m = Tensor(g2m)
        mm = (g2m @ g2m.T > 0).astype(np.float32)
        self.m2m = Tensor(mm / mm.sum(1, keepdims=True))
        self.layers = nn.CellList([MessageLayer(config.latent) for _ in range(config.n_layers)])

    def construct(self, grid_feat):
        h = ops.matmul(self.g2m, grid_feat)
        for layer in self.layers:
            h = layer(h, self.m2m)
        return h


def make():
    np.random.seed(3666)
    cfg = MeshConfig()
    rows = np.repeat(np.arange(cfg.n_mesh), 3)
    cols = np.random.choice(cfg.n_grid, size=rows.size)
    net = MeshProcessor(cfg, rows, cols)
    feat = Tensor(np.random.randn(cfg.n_grid, cfg.latent).astype(np.float32))
    return net, (feat,)
