# case: k-means style codebook refresh using unsorted_segment_sum with num_segments taken from the largest assigned index -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class KMeansCodebookRefresh(nn.Cell):
    def __init__(self, num_codes=6, dim=3, blend=0.5):
        super().__init__()
        w = np.random.RandomState(5).randn(num_codes, dim).astype(np.float32)
        self.codes = Parameter(Tensor(w), name="codes", requires_grad=False)
        self.blend = blend

    def assign(self, feats):
        d = ((feats.expand_dims(1) - self.codes.expand_dims(0)) ** 2).sum(axis=-1)
        return ops.argmin(d, axis=1).astype(ms.int32)

    def centroids(self, feats, idx, n):
        sums = ops.unsorted_segment_sum(feats, idx, n)
        cnt = ops.unsorted_segment_sum(ops.ones_like(feats[:, :1]), idx, n)
        return sums / ops.maximum(cnt, 1.0)

    def construct(self, feats):
        idx = self.assign(feats)
        n_seen = idx.max() + 1
        cent = self.centroids(feats, idx, n_seen)
        old = self.codes[:cent.shape[0]]
        new = old * self.blend + cent * (1 - self.blend)
        return new, idx


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(9, 3).astype(np.float32))
    return KMeansCodebookRefresh(), (feats,)
