# case: token merging that averages tokens sharing a cluster id with unsorted_segment_sum, the number of clusters taken as max id + 1 from the data -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClusterMerge(nn.Cell):
    def __init__(self, dim=8, use_size_weighting=True):
        super().__init__()
        self.use_size_weighting = use_size_weighting
        self.proj = nn.Dense(dim, dim)

    def merge(self, x, cluster_ids, num_clusters):
        summed = ops.unsorted_segment_sum(x, cluster_ids, num_clusters)
        ones = ops.ones((x.shape[0], 1), ms.float32)
        counts = ops.unsorted_segment_sum(ones, cluster_ids, num_clusters)
        return summed / ops.maximum(counts, 1.0), counts

    def construct(self, x, cluster_ids):
        num_clusters = cluster_ids.max() + 1
        merged, sizes = self.merge(x, cluster_ids, num_clusters)
        if self.use_size_weighting:
            merged = merged * ops.log(sizes + 1.0)
        return self.proj(merged)


def make():
    np.random.seed(18)
    x = Tensor(np.random.randn(7, 8).astype(np.float32))
    cluster_ids = Tensor(np.array([0, 0, 1, 2, 2, 2, 3], dtype=np.int32))
    return ClusterMerge(), (x, cluster_ids)
