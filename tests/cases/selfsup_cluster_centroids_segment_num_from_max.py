# case: DeepCluster-style centroid recompute where the number of clusters comes from the max assigned label -> dynamic shape at line 8
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def cluster_centroids(feats, assignments):
    num_clusters = int(assignments.max()) + 1
    sums = ops.unsorted_segment_sum(feats, assignments, num_clusters)
    counts = ops.unsorted_segment_sum(ops.ones((feats.shape[0], 1), ms.float32), assignments, num_clusters)
    return sums / ops.maximum(counts, 1.0)


class DeepClusterHead(nn.Cell):
    def __init__(self, dim=16, temperature=0.1):
        super().__init__()
        self.proj = nn.Dense(dim, dim)
        self.temperature = temperature
        self.norm = ops.L2Normalize(axis=1)

    def construct(self, feats, assignments):
        z = self.norm(self.proj(feats))
        centroids = self.norm(cluster_centroids(ops.stop_gradient(z), assignments))
        logits = ops.matmul(z, centroids.T) / self.temperature
        return ops.cross_entropy(logits, assignments)


def make():
    np.random.seed(22)
    feats = Tensor(np.random.randn(10, 16).astype(np.float32))
    assign = Tensor(np.array([0, 1, 2, 1, 0, 3, 3, 2, 1, 0], np.int32))
    return DeepClusterHead(), (feats, assign)
