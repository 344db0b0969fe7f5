# case: radius graph with max_num_neighbors: topk on distances then validity mask, fixed edge count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RadiusInteraction(nn.Cell):
    def __init__(self, hidden=8, radius=0.5, max_num_neighbors=6):
        super().__init__()
        self.radius = radius
        self.max_nb = max_num_neighbors
        self.msg = nn.Dense(hidden + 1, hidden)

    def radius_graph(self, pos):
        n = pos.shape[0]
        d = ops.cdist(pos, pos) + ops.eye(n, n, ms.float32) * 1e6
        neg, nbr = ops.topk(-d, self.max_nb)
        valid = (-neg) <= self.radius
        src = nbr.reshape(-1).astype(ms.int32)
        dst = ops.tile(ops.arange(0, n, dtype=ms.int32).expand_dims(1), (1, self.max_nb)).reshape(-1)
        return src, dst, (-neg).reshape(-1), valid.reshape(-1)

    def construct(self, h, pos):
        src, dst, dist, valid = self.radius_graph(pos)
        m = self.msg(ops.concat([ops.gather(h, src, 0), dist.expand_dims(-1)], axis=-1))
        m = ops.select(ops.tile(valid.expand_dims(-1), (1, m.shape[1])), m, ops.zeros_like(m))
        return h + ops.unsorted_segment_sum(m, dst, h.shape[0])


def make():
    np.random.seed(35)
    h = Tensor(np.random.randn(15, 8).astype(np.float32))
    pos = Tensor(np.random.rand(15, 3).astype(np.float32))
    return RadiusInteraction(), (h, pos)
