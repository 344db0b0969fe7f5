# case: near-duplicate suppression via fixed-size similarity mask and where (no data-dependent size) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftDedup(nn.Cell):
    def __init__(self, threshold=0.95, fill=-1e4):
        super().__init__()
        self.threshold = threshold
        self.fill = fill
        self.norm = ops.L2Normalize(axis=-1)

    def duplicate_mask(self, feats):
        z = self.norm(feats)
        sim = ops.matmul(z, z.T)
        n = feats.shape[0]
        upper = ops.triu(ops.ones((n, n), ms.float32), 1) > 0
        is_dup = ops.logical_and(sim > self.threshold, upper)
        return is_dup.any(axis=0)

    def construct(self, feats, logits):
        dup = self.duplicate_mask(feats)
        keep = ops.logical_not(dup).astype(feats.dtype)
        logits = ops.where(dup.expand_dims(0), ops.full_like(logits, self.fill), logits)
        weighted = feats * keep.expand_dims(1)
        return weighted, logits


def make():
    np.random.seed(6)
    feats = np.random.randn(8, 16).astype(np.float32)
    feats[5] = feats[2] * 1.01
    logits = np.random.randn(4, 8).astype(np.float32)
    return SoftDedup(), (Tensor(feats), Tensor(logits))
