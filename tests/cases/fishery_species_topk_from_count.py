# case: keep the top-k species logits per deck camera frame, with k taken from the number of fish detected in the haul -> top-k size from tensor data, graph mode should refuse or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpeciesHead(nn.Cell):
    def __init__(self, feat_dim=64, n_species=12):
        super().__init__()
        self.proj = nn.Dense(feat_dim, n_species)
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, feats, fish_count):
        logits = self.proj(feats)
        probs = self.softmax(logits)
        k = int(fish_count.max())
        scores, ids = ops.topk(probs, k)
        return scores, ids


def make():
    np.random.seed(11)
    feats = Tensor(np.random.randn(8, 64).astype(np.float32))
    fish_count = Tensor(np.array([3, 2, 4, 1], dtype=np.int32))
    return SpeciesHead(), (feats, fish_count)
