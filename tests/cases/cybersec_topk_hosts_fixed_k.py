# case: rank hosts by anomaly score and keep a top-k whose k is a constructor argument -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HostScorer(nn.Cell):
    def __init__(self, num_features=6, hidden=8):
        super().__init__()
        self.body = nn.SequentialCell([nn.Dense(num_features, hidden), nn.ReLU(), nn.Dense(hidden, 1)])

    def construct(self, host_feats):
        return ops.sigmoid(self.body(host_feats)).squeeze(-1)


class TopSuspiciousHosts(nn.Cell):
    def __init__(self, k=4, threshold=0.5):
        super().__init__()
        self.scorer = HostScorer()
        self.k = k
        self.threshold = threshold

    def construct(self, host_feats, host_ids):
        scores = self.scorer(host_feats)
        top_scores, top_idx = ops.topk(scores, self.k)
        top_hosts = ops.gather(host_ids, top_idx, 0)
        flagged = (top_scores > self.threshold).astype(ms.int32)
        return top_hosts * flagged, top_scores


def make():
    np.random.seed(1)
    feats = Tensor(np.random.randn(16, 6).astype(np.float32))
    host_ids = Tensor(np.arange(1000, 1016).astype(np.int32))
    return TopSuspiciousHosts(), (feats, host_ids)
