# case: crown margin detector keeps as many top-curvature vertices as the scan flags as margin candidates (k from data) -> graph mode should reject or go dynamic on topk with data-dependent k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CurvatureHead(nn.Cell):
    def __init__(self, in_feats=6, hidden=16):
        super().__init__()
        self.fc1 = nn.Dense(in_feats, hidden)
        self.fc2 = nn.Dense(hidden, 1)
        self.act = nn.ReLU()

    def construct(self, feats):
        return self.fc2(self.act(self.fc1(feats))).squeeze(-1)


class MarginVertexPicker(nn.Cell):
    def __init__(self, threshold=0.5):
        super().__init__()
        self.head = CurvatureHead()
        self.threshold = threshold

    def construct(self, vertex_feats):
        score = ops.sigmoid(self.head(vertex_feats))
        candidates = (score > self.threshold).astype(ms.int32)
        n_margin = int(candidates.sum())
        n_margin = max(n_margin, 1)
        top_scores, top_idx = ops.topk(score, n_margin)
        return top_scores, top_idx


def make():
    np.random.seed(301)
    feats = Tensor(np.random.randn(256, 6).astype(np.float32))
    return MarginVertexPicker(), (feats,)
