# case: deduplicate features by hashing into buckets and keeping one representative per unique bucket id -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeatureDeduplicator(nn.Cell):
    """Random-projection LSH: features that fall into the same bucket are duplicates."""

    def __init__(self, dim=16, n_bits=4, seed=0):
        super().__init__()
        rng = np.random.RandomState(seed)
        self.planes = Tensor(rng.randn(dim, n_bits).astype(np.float32))
        self.powers = Tensor((2 ** np.arange(n_bits)).astype(np.int32))

    def bucket_ids(self, feats):
        bits = (ops.matmul(feats, self.planes) > 0).astype(ms.int32)
        return (bits * self.powers).sum(axis=1)

    def construct(self, feats):
        ids = self.bucket_ids(feats)
        uniq, inverse = ops.unique(ids)
        n_uniq = uniq.shape[0]
        pooled = ops.unsorted_segment_sum(feats, inverse, n_uniq)
        counts = ops.unsorted_segment_sum(ops.ones_like(ids).astype(ms.float32), inverse, n_uniq)
        return pooled / counts.expand_dims(1)


def make():
    np.random.seed(5)
    feats = Tensor(np.random.randn(12, 16).astype(np.float32))
    return FeatureDeduplicator(), (feats,)
