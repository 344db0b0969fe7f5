# case: face-clustering GCN layer smooths embeddings over a k-NN affinity graph stored as a CSRTensor and multiplied with CSRTensor.mm -> sparse tensor in construct, may be rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClusterConfig:
    embedding_size = 16
    hidden = 16
    num_layers = 2


class GraphSmoothing(nn.Cell):
    def __init__(self, dim, hidden):
        super().__init__()
        self.proj = nn.Dense(dim, hidden)

    def construct(self, adj, x):
        return ops.relu(self.proj(adj.mm(x))) + x


class FaceClusterGCN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([GraphSmoothing(config.embedding_size, config.hidden) for _ in range(config.num_layers)])

    def construct(self, indptr, indices, values, feats):
        n = feats.shape[0]
        adj = ms.CSRTensor(indptr, indices, values, (n, n))
        for layer in self.layers:
            feats = layer(adj, feats)
        return ops.L2Normalize(axis=1)(feats)


def make():
    np.random.seed(37613)
    n, k = 6, 2
    feats = np.random.randn(n, ClusterConfig.embedding_size).astype(np.float32)
    indptr = np.arange(0, n * k + 1, k).astype(np.int32)
    indices = np.array([(i + j + 1) % n for i in range(n) for j in range(k)], dtype=np.int32)
    values = np.full(n * k, 1.0 / k, dtype=np.float32)
    return FaceClusterGCN(ClusterConfig()), (Tensor(indptr), Tensor(indices), Tensor(values), Tensor(feats))
