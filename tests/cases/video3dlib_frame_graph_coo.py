# case: temporal graph reasoning head builds a sparse frame-adjacency COOTensor (neighbouring frames) and propagates features with a sparse matmul -> sparse tensors in construct, may be unsupported on CPU graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FrameGraphConfig:
    def __init__(self, dim=16, num_frames=8, radius=1, use_sparse_adjacency=True):
        self.dim = dim
        self.num_frames = num_frames
        self.radius = radius
        self.use_sparse_adjacency = use_sparse_adjacency


def temporal_neighbour_edges(num_frames, radius):
    edges = [(i, j) for i in range(num_frames) for j in range(num_frames) if abs(i - j) <= radius]
    return np.array(edges, dtype=np.int32)


class FrameGraphHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.gcn = nn.Dense(config.dim, config.dim)
        self.use_sparse_adjacency = config.use_sparse_adjacency
        edges = temporal_neighbour_edges(config.num_frames, config.radius)
        self.edge_index = Tensor(edges)
        self.num_frames = config.num_frames
        self.spmm = ops.SparseTensorDenseMatmul()

    def _adjacency(self, weights):
        return ms.COOTensor(self.edge_index, weights, (self.num_frames, self.num_frames))

    def construct(self, frame_feats, edge_weights):
        # frame_feats: (T, D), edge_weights: (E,)
        h = self.gcn(frame_feats)
        if self.use_sparse_adjacency:
            adj = self._adjacency(edge_weights)
            h = self.spmm(adj.indices, adj.values, adj.shape, h)
        return ops.relu(h)


def make():
    np.random.seed(118)
    cfg = FrameGraphConfig()
    n_edges = temporal_neighbour_edges(cfg.num_frames, cfg.radius).shape[0]
    feats = Tensor(np.random.randn(8, 16).astype(np.float32))
    w = Tensor(np.random.rand(n_edges).astype(np.float32))
    return FrameGraphHead(cfg), (feats, w)
