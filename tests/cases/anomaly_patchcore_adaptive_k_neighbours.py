# case: PatchCore scorer whose neighbour count k is derived from the fraction of close bank entries -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchCoreScorer(nn.Cell):
    """Nearest-neighbour scoring of patch features against a memory bank."""

    def __init__(self, memory_bank, radius=1.5, max_k=8):
        super().__init__()
        self.memory_bank = ms.Parameter(Tensor(memory_bank), requires_grad=False)
        self.radius = radius
        self.max_k = max_k

    def _pairwise(self, feats):
        return ops.cdist(feats, self.memory_bank)

    def _adaptive_k(self, dists):
        close = (dists < self.radius).astype(ms.int32).sum(axis=1)
        return ops.clamp(close.min(), 1, self.max_k)

    def construct(self, patch_feats):
        dists = self._pairwise(patch_feats)
        k = self._adaptive_k(dists)
        knn, _ = ops.topk(dists, int(k), dim=1, largest=False)
        return knn.mean(axis=1)


def make():
    np.random.seed(0)
    bank = np.random.randn(32, 16).astype(np.float32)
    feats = np.random.randn(10, 16).astype(np.float32)
    return PatchCoreScorer(bank), (Tensor(feats),)
