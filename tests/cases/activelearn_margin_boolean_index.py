# case: selects feature rows whose top-2 margin is below a cutoff using boolean-mask indexing feats[mask] -> dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MarginSampler(nn.Cell):
    def __init__(self, in_dim=8, num_classes=3, margin_cutoff=0.2):
        super().__init__()
        self.head = nn.Dense(in_dim, num_classes)
        self.margin_cutoff = margin_cutoff

    def top2_margin(self, logits):
        probs = ops.softmax(logits, axis=-1)
        top2, _ = ops.topk(probs, 2)
        return top2[:, 0] - top2[:, 1]

    def construct(self, feats):
        margin = self.top2_margin(self.head(feats))
        ambiguous = margin < self.margin_cutoff
        selected = feats[ambiguous]
        return selected, margin


def make():
    np.random.seed(12)
    feats = Tensor(np.random.randn(20, 8).astype(np.float32))
    return MarginSampler(margin_cutoff=0.3), (feats,)
