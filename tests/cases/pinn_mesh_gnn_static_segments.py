# case: mesh message-passing layer scatters edge messages with unsorted_segment_sum using h.shape[0] as the segment count and normalises by node degree -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeMLP(nn.Cell):
    def __init__(self, f_in, f_out):
        super().__init__()
        self.fc = nn.Dense(2 * f_in + 2, f_out)
        self.act = nn.SiLU()

    def construct(self, h_src, h_dst, rel):
        return self.act(self.fc(ops.concat((h_src, h_dst, rel), axis=-1)))


class MeshConv(nn.Cell):
    def __init__(self, f_in=3, f_out=8, mean_aggr=True):
        super().__init__()
        self.edge_mlp = EdgeMLP(f_in, f_out)
        self.update = nn.Dense(f_in + f_out, f_out)
        self.mean_aggr = mean_aggr

    def construct(self, h, pos, edge_index):
        n_nodes = h.shape[0]
        src, dst = edge_index[0], edge_index[1]
        rel = ops.gather(pos, dst, 0) - ops.gather(pos, src, 0)
        msg = self.edge_mlp(ops.gather(h, src, 0), ops.gather(h, dst, 0), rel)
        agg = ops.unsorted_segment_sum(msg, dst, n_nodes)
        if self.mean_aggr:
            ones = ops.ones((dst.shape[0], 1), ms.float32)
            deg = ops.unsorted_segment_sum(ones, dst, n_nodes)
            agg = agg / ops.clamp(deg, min=1.0)
        return self.update(ops.concat((h, agg), axis=-1))


def make():
    np.random.seed(11)
    n, e = 12, 30
    h = Tensor(np.random.randn(n, 3).astype(np.float32))
    pos = Tensor(np.random.rand(n, 2).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    return MeshConv(), (h, pos, ei)
