# case: two-layer message-passing GNN using gather on edge sources and unsorted_segment_sum with num_segments=x.shape[0]; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def scatter_mean(msg, dst, n_nodes):
    total = ops.unsorted_segment_sum(msg, dst, n_nodes)
    ones = ops.ones((msg.shape[0], 1), msg.dtype)
    deg = ops.unsorted_segment_sum(ones, dst, n_nodes)
    return total / ops.maximum(deg, 1.0)


class MPLayer(nn.Cell):
    def __init__(self, din, dout):
        super().__init__()
        self.msg = nn.Dense(din, dout)
        self.self_loop = nn.Dense(din, dout)

    def construct(self, x, src, dst):
        m = self.msg(ops.gather(x, src, 0))
        agg = scatter_mean(m, dst, x.shape[0])
        return ops.relu(agg + self.self_loop(x))


class GNN(nn.Cell):
    def __init__(self, din=8, hid=16, n_cls=3):
        super().__init__()
        self.l1 = MPLayer(din, hid)
        self.l2 = MPLayer(hid, hid)
        self.cls = nn.Dense(hid, n_cls)

    def construct(self, x, edge_index):
        src, dst = edge_index[0], edge_index[1]
        h = self.l1(x, src, dst)
        h = self.l2(h, src, dst)
        graph = h.mean(axis=0)
        return self.cls(h), graph


def make():
    x = Tensor(np.random.randn(10, 8).astype(np.float32))
    ei = Tensor(np.random.randint(0, 10, (2, 30)).astype(np.int32))
    return GNN(), (x, ei)
