# case: EGNN layer that prunes edges beyond a cutoff only when some edge is too long (tensor-valued if) -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CutoffEGNN(nn.Cell):
    def __init__(self, hidden=8, cutoff=1.2):
        super().__init__()
        self.cutoff = cutoff
        self.phi_e = nn.SequentialCell([nn.Dense(2 * hidden + 1, hidden), nn.SiLU()])
        self.phi_x = nn.Dense(hidden, 1)
        self.phi_h = nn.Dense(2 * hidden, hidden)

    def prune(self, edge_index, pos):
        d = ops.norm(ops.gather(pos, edge_index[0], 0) - ops.gather(pos, edge_index[1], 0), dim=-1)
        if d.max() > self.cutoff:
            keep = ops.nonzero(d <= self.cutoff).reshape(-1)
            edge_index = ops.gather(edge_index, keep, 1)
        return edge_index

    def construct(self, h, pos, edge_index):
        edge_index = self.prune(edge_index, pos)
        src, dst = edge_index[0], edge_index[1]
        diff = ops.gather(pos, dst, 0) - ops.gather(pos, src, 0)
        r2 = (diff * diff).sum(-1, keepdims=True)
        m = self.phi_e(ops.concat([ops.gather(h, dst, 0), ops.gather(h, src, 0), r2], axis=-1))
        n = h.shape[0]
        pos = pos + ops.unsorted_segment_sum(diff * self.phi_x(m), dst, n)
        h = h + self.phi_h(ops.concat([h, ops.unsorted_segment_sum(m, dst, n)], axis=-1))
        return h, pos


def make():
    np.random.seed(26)
    h = Tensor(np.random.randn(9, 8).astype(np.float32))
    pos = Tensor(np.random.randn(9, 3).astype(np.float32))
    ei = Tensor(np.random.randint(0, 9, size=(2, 27)).astype(np.int32))
    return CutoffEGNN(), (h, pos, ei)
