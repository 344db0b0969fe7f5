# case: greedy pointer decoder over padded TSP instances that trims the tour to the real node count summed from the pad mask -> dynamic shape at line 39
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyPointerDecoder(nn.Cell):
    def __init__(self, embed_dim=16, tanh_clip=10.0):
        super().__init__()
        self.embed = nn.Dense(2, embed_dim)
        self.query_proj = nn.Dense(embed_dim, embed_dim, has_bias=False)
        self.tanh_clip = tanh_clip

    def _compat_logits(self, node_emb, query, visited):
        scores = ops.matmul(node_emb, query.expand_dims(-1)).squeeze(-1)
        scores = self.tanh_clip * ops.tanh(scores / (node_emb.shape[-1] ** 0.5))
        return ops.masked_fill(scores, visited, -1e9)

    def _gather_node(self, node_emb, idx):
        b, _, d = node_emb.shape
        index = idx.view(b, 1, 1).broadcast_to((b, 1, d))
        return ops.gather_elements(node_emb, 1, index).squeeze(1)

    def construct(self, coords, pad_mask):
        node_emb = self.embed(coords)
        n = node_emb.shape[1]
        visited = pad_mask
        query = node_emb.mean(1)
        node_ids = ops.arange(n).astype(ms.int32)
        steps = []
        for _ in range(n):
            logits = self._compat_logits(node_emb, self.query_proj(query), visited)
            nxt = ops.argmax(logits, -1).astype(ms.int32)
            steps.append(nxt)
            visited = ops.logical_or(visited, node_ids.view(1, -1) == nxt.view(-1, 1))
            query = self._gather_node(node_emb, nxt)
        tour = ops.stack(steps, 1)
        n_real = ops.logical_not(pad_mask[0]).astype(ms.int32).sum()
        return tour[:, :n_real]


def make():
    np.random.seed(0)
    coords = Tensor(np.random.rand(2, 6, 2).astype(np.float32))
    pad = np.zeros((2, 6), dtype=bool)
    pad[:, 5] = True
    return GreedyPointerDecoder(), (coords, Tensor(pad))
