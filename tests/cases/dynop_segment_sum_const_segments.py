# case: unsorted_segment_sum with num_segments set to a Python int from the constructor, and gather with a fixed-length index input, all static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScatterPool(nn.Cell):
    def __init__(self, num_clusters):
        super().__init__()
        self.num_clusters = num_clusters

    def construct(self, x, assign, pick):
        pooled = ops.unsorted_segment_sum(x, assign, self.num_clusters)
        return ops.gather(pooled, pick, 0)


def make():
    x = Tensor(np.random.randn(8, 3).astype(np.float32))
    assign = Tensor(np.array([0, 1, 2, 0, 1, 2, 3, 3], np.int32))
    pick = Tensor(np.array([3, 0], np.int32))
    return ScatterPool(4), (x, assign, pick)
