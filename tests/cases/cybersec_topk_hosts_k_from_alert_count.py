# case: rank hosts by anomaly score and take top-k where k is the number of hosts above a threshold (int of a tensor) -> topk with data-dependent k, graph mode error or dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HostScorer(nn.Cell):
    def __init__(self, num_features=6):
        super().__init__()
        self.proj = nn.Dense(num_features, 1)
        self.sigmoid = nn.Sigmoid()

    def construct(self, host_feats):
        return self.sigmoid(self.proj(host_feats)).squeeze(-1)


class SuspiciousHostRanker(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.scorer = HostScorer()
        self.threshold = threshold

    def construct(self, host_feats):
        scores = self.scorer(host_feats)
        num_flagged = int((scores > self.threshold).astype(ms.int32).sum())
        num_flagged = max(num_flagged, 1)
        top_scores, top_idx = ops.topk(scores, num_flagged)
        return top_scores, top_idx


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(12, 6).astype(np.float32))
    return SuspiciousHostRanker(), (feats,)
