# case: a module helper relabels a sampled edge list with unique; construct gathers the node features at the unique ids and sizes an unsorted_segment_sum with the gathered rows' count -> dynamic at unique and at the segment sum
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def relabel(edges):
    nodes, inv = ops.unique(edges.reshape(-1))
    return nodes, inv.reshape(edges.shape)


class SubgraphAgg(nn.Cell):
    def construct(self, x, edges):
        nodes, local = relabel(edges)
        x_sub = ops.gather(x, nodes, 0)
        n = x_sub.shape[0]
        return ops.unsorted_segment_sum(x_sub[local[0]], local[1], n)


def make():
    np.random.seed(7)
    return SubgraphAgg(), (Tensor(np.random.randn(30, 4).astype(np.float32)),
                           Tensor(np.random.randint(0, 30, size=(2, 14)).astype(np.int32)))
