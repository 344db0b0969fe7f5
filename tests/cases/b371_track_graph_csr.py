# case: inter-track message passing stores the instrument co-occurrence graph as a CSRTensor built in construct from the adjacency weights and multiplies it with per-track features -> sparse CSRTensor ops in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_TRACKS = 4

class TrackGraphConfig:
    d_model = 8
    self_loops = True

def ring_graph_indices(n, self_loops):
    indptr, indices = [0], []
    for i in range(n):
        nbrs = sorted({(i - 1) % n, (i + 1) % n} | ({i} if self_loops else set()))
        indices.extend(nbrs)
        indptr.append(len(indices))
    return np.array(indptr, np.int32), np.array(indices, np.int32)

class TrackGraphLayer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        indptr, indices = ring_graph_indices(N_TRACKS, config.self_loops)
        self.indptr = Tensor(indptr)
        self.indices = Tensor(indices)
        self.proj = nn.Dense(config.d_model, config.d_model)

    def construct(self, track_feats, edge_weights):
        adj = ms.CSRTensor(self.indptr, self.indices, edge_weights, (N_TRACKS, N_TRACKS))
        msg = adj.mv(track_feats[:, :1]) * track_feats
        return ops.relu(self.proj(msg + track_feats))

def make():
    np.random.seed(3746)
    layer = TrackGraphLayer(TrackGraphConfig())
    feats = Tensor(np.random.randn(N_TRACKS, 8).astype(np.float32))
    w = Tensor(np.random.rand(12).astype(np.float32))
    return layer, (feats, w)
