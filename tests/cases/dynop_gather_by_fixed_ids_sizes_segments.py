# case: near miss: the node features are gathered at a fixed-length id tensor (the first 8 sampled ids, no unique) and the gathered rows' count sizes an unsorted_segment_sum -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubgraphAgg(nn.Cell):
    def construct(self, x, edges):
        nodes = edges[0, :8]
        x_sub = ops.gather(x, nodes, 0)
        n = x_sub.shape[0]
        seg = ops.clip_by_value(edges[1], 0, n - 1)
        return ops.unsorted_segment_sum(x[edges[0]], seg, n)


def make():
    np.random.seed(7)
    return SubgraphAgg(), (Tensor(np.random.randn(30, 4).astype(np.float32)),
                           Tensor(np.random.randint(0, 30, size=(2, 14)).astype(np.int32)))
