# case: k-NN graph convolution builds a row-normalised adjacency as an ms.CSRTensor (indptr from arange*k, indices from topk) and aggregates with a sparse matmul -> error or dynamic (sparse tensor in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GraphConfig:
    def __init__(self, k=4, hidden=8, self_loop=False):
        self.k = k
        self.hidden = hidden
        self.self_loop = self_loop


class KNNGraphConv(nn.Cell):
    def __init__(self, config, in_channels, num_points):
        super().__init__()
        self.k = config.k
        self.num_points = num_points
        self.fc = nn.Dense(in_channels, config.hidden)
        self.indptr = Tensor(np.arange(0, (num_points + 1) * config.k, config.k, dtype=np.int32))

    def _adjacency(self, xyz):
        d = (xyz.expand_dims(1) - xyz.expand_dims(0)).pow(2).sum(-1)
        idx = ops.topk(-d, self.k, dim=-1)[1].astype(ms.int32)
        idx = ops.sort(idx.astype(ms.float32), axis=-1)[0].astype(ms.int32)
        values = ops.full((self.num_points * self.k,), 1.0 / self.k, dtype=ms.float32)
        return ms.CSRTensor(self.indptr, idx.reshape(-1), values, (self.num_points, self.num_points))

    def construct(self, xyz, feats):
        adj = self._adjacency(xyz)
        h = self.fc(feats)
        return ops.relu(adj.mm(h))


def make():
    np.random.seed(3517)
    xyz = Tensor(np.random.rand(32, 3).astype(np.float32))
    feats = Tensor(np.random.randn(32, 6).astype(np.float32))
    return KNNGraphConv(GraphConfig(), 6, 32), (xyz, feats)
