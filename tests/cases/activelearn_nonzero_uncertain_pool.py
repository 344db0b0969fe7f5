# case: finds indices of samples whose entropy exceeds a cutoff with ops.nonzero and gathers their features -> data-dependent size, dynamic shape in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UncertainPoolFilter(nn.Cell):
    def __init__(self, num_classes=6, rel_cutoff=0.7):
        super().__init__()
        self.max_entropy = math.log(num_classes)
        self.rel_cutoff = rel_cutoff

    def normalized_entropy(self, probs):
        ent = -(probs * ops.log(probs + 1e-9)).sum(axis=1)
        return ent / self.max_entropy

    def construct(self, probs, feats):
        ent = self.normalized_entropy(probs)
        idx = ops.nonzero(ent > self.rel_cutoff)
        idx = idx.reshape(-1)
        return ops.gather(feats, idx, 0), ops.gather(ent, idx, 0)


def make():
    np.random.seed(3)
    logits = np.random.randn(20, 6).astype(np.float32) * 1.5
    probs = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    feats = np.random.randn(20, 8).astype(np.float32)
    return UncertainPoolFilter(), (Tensor(probs), Tensor(feats))
