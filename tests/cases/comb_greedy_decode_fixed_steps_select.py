# case: greedy attention-model decoder unrolled for a number of steps taken from coords.shape, masking visited nodes with ops.select -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyAMDecoder(nn.Cell):
    def __init__(self, embed_dim=16, tanh_clip=10.0, return_log_p=True):
        super().__init__()
        self.init_embed = nn.Dense(2, embed_dim)
        self.project_ctx = nn.Dense(2 * embed_dim, embed_dim, has_bias=False)
        self.tanh_clip = tanh_clip
        self.return_log_p = return_log_p
        self.neg_inf = Tensor(-1e9, ms.float32)

    def _step(self, h, graph_emb, last_emb, visited):
        q = self.project_ctx(ops.concat([graph_emb, last_emb], -1))
        u = ops.bmm(h, q.expand_dims(-1)).squeeze(-1) / ops.sqrt(Tensor(h.shape[-1], ms.float32))
        u = self.tanh_clip * ops.tanh(u)
        u = ops.select(visited, self.neg_inf.broadcast_to(u.shape), u)
        return ops.log_softmax(u, -1)

    def construct(self, coords):
        h = self.init_embed(coords)
        b, n, d = h.shape
        graph_emb = h.mean(1)
        last_emb = ops.zeros((b, d), ms.float32)
        visited = ops.zeros((b, n), ms.bool_)
        node_range = ops.arange(n).view(1, n)
        tour, total_lp = [], ops.zeros((b,), ms.float32)
        for _ in range(n):
            log_p = self._step(h, graph_emb, last_emb, visited)
            sel = ops.argmax(log_p, -1)
            total_lp = total_lp + ops.gather_elements(log_p, 1, sel.view(b, 1)).squeeze(1)
            visited = ops.logical_or(visited, node_range == sel.view(b, 1))
            last_emb = ops.gather_elements(h, 1, sel.view(b, 1, 1).broadcast_to((b, 1, d))).squeeze(1)
            tour.append(sel)
        tour = ops.stack(tour, 1)
        if self.return_log_p:
            return tour, total_lp
        return tour


def make():
    np.random.seed(20)
    return GreedyAMDecoder(), (Tensor(np.random.rand(3, 6, 2).astype(np.float32)),)
