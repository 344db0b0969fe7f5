# case: finds sensor nodes flagged as incidents with nonzero and gathers their neighbour features for a classifier -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IncidentClassifier(nn.Cell):
    def __init__(self, feat_dim=6, num_classes=3):
        super().__init__()
        self.fc = nn.Dense(feat_dim, num_classes)

    def incident_index(self, flags):
        idx = ops.nonzero(flags > 0.5)
        return idx.reshape(-1)

    def construct(self, node_feats, flags, adj):
        idx = self.incident_index(flags)
        neigh = ops.matmul(adj, node_feats)
        picked = ops.gather(neigh, idx, 0)
        return self.fc(picked)


def make():
    np.random.seed(4)
    n = 10
    feats = Tensor(np.random.randn(n, 6).astype(np.float32))
    flags = Tensor((np.random.rand(n) > 0.6).astype(np.float32))
    adj = (np.random.rand(n, n) > 0.7).astype(np.float32)
    adj = adj / np.maximum(adj.sum(1, keepdims=True), 1)
    return IncidentClassifier(), (feats, flags, Tensor(adj))
