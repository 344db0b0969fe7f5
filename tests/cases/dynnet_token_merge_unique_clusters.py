# case: token merging assigns each token to its nearest centroid and averages tokens per occupied cluster found with ops.unique -> dynamic shape (unique)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ClusterMerge(nn.Cell):
    def __init__(self, dim=8, num_centroids=6):
        super().__init__()
        init = np.random.randn(num_centroids, dim).astype(np.float32)
        self.centroids = Parameter(Tensor(init), name="centroids")

    def assign(self, tokens):
        sim = ops.matmul(tokens, self.centroids.T)
        return sim.argmax(axis=-1)

    def construct(self, tokens):
        assign = self.assign(tokens)
        occupied, inverse = ops.unique(assign)
        num = occupied.shape[0]
        sums = ops.unsorted_segment_sum(tokens, inverse, num)
        counts = ops.unsorted_segment_sum(ops.ones_like(tokens[:, :1]), inverse, num)
        return sums / counts


def make():
    np.random.seed(16)
    tokens = Tensor(np.random.randn(14, 8).astype(np.float32))
    return ClusterMerge(), (tokens,)
