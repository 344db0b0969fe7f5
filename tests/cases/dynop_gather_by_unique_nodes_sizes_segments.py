# case: the unique node ids of a sampled edge list pick the node features with ops.gather; the picked rows' count sizes an unsorted_segment_sum -> dynamic at unique and at the segment sum
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubgraphAgg(nn.Cell):
    def construct(self, x, edges):
        nodes, inv = ops.unique(edges.reshape(-1))
        x_sub = ops.gather(x, nodes, 0)
        n = x_sub.shape[0]
        local = inv.reshape(edges.shape)
        return ops.unsorted_segment_sum(x_sub[local[0]], local[1], n)


def make():
    np.random.seed(7)
    return SubgraphAgg(), (Tensor(np.random.randn(30, 4).astype(np.float32)),
                           Tensor(np.random.randint(0, 30, size=(2, 14)).astype(np.int32)))
