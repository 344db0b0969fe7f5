# case: 2D->3D lifter whose GraphConv subclasses nn.Dense and multiplies by a normalised dense adjacency Tensor built with NumPy in __init__ -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

H36M_EDGES = ((0, 1), (1, 2), (2, 3), (0, 4), (4, 5), (5, 6), (0, 7), (7, 8), (8, 9), (9, 10),
              (8, 11), (11, 12), (12, 13), (8, 14), (14, 15), (15, 16))


def normalized_adjacency(num_joints, edges, self_loops=True):
    adj = np.eye(num_joints, dtype=np.float32) if self_loops else np.zeros((num_joints, num_joints), np.float32)
    for a, b in edges:
        adj[a, b] = adj[b, a] = 1.0
    d = 1.0 / np.sqrt(adj.sum(1))
    return adj * d[:, None] * d[None, :]


class GraphConv(nn.Dense):
    def __init__(self, in_channels, out_channels, adjacency, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self.adjacency = Tensor(adjacency)

    def construct(self, x):
        return ops.matmul(self.adjacency, super().construct(x))


class LifterCfg:
    num_joints = 17
    hidden = 32
    num_layers = 2
    dropout = 0.0


class GraphLifter(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = LifterCfg() if cfg is None else cfg
        adj = normalized_adjacency(cfg.num_joints, H36M_EDGES)
        dims = [2] + [cfg.hidden] * cfg.num_layers
        self.gconvs = nn.CellList([GraphConv(i, o, adj, has_bias=True) for i, o in zip(dims[:-1], dims[1:])])
        self.head = GraphConv(cfg.hidden, 3, adj)
        self.act = nn.ReLU()
        self.dropout = nn.Dropout(p=cfg.dropout) if cfg.dropout > 0 else None

    def construct(self, kpts_2d):
        x = kpts_2d
        for gconv in self.gconvs:
            x = self.act(gconv(x))
            if self.dropout is not None:
                x = self.dropout(x)
        return self.head(x)


def make():
    np.random.seed(118)
    kpts = Tensor(np.random.randn(4, 17, 2).astype(np.float32))
    return GraphLifter(), (kpts,)
