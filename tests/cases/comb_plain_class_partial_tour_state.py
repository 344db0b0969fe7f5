# case: greedy TSP rollout that tracks the partial tour in a plain Python state class built from tensors inside construct -> compile error at line 35
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PartialTour:
    """Mutable decoding state, PyTorch-style."""

    def __init__(self, first_node, visited):
        self.first = first_node
        self.last = first_node
        self.visited = visited
        self.length = ops.zeros(first_node.shape, ms.float32)

    def step(self, coords, node):
        b = coords.shape[0]
        prev_xy = coords[ops.arange(b), self.last]
        cur_xy = coords[ops.arange(b), node]
        self.length = self.length + ops.norm(cur_xy - prev_xy, dim=-1)
        self.visited = ops.logical_or(self.visited, ops.one_hot(node, coords.shape[1]) > 0)
        self.last = node


class GreedyRollout(nn.Cell):
    def __init__(self, embed_dim=16):
        super().__init__()
        self.embed = nn.Dense(2, embed_dim)
        self.ctx = nn.Dense(embed_dim, embed_dim)

    def construct(self, coords, start):
        h = self.embed(coords)
        b, n, _ = h.shape
        visited = ops.one_hot(start, n) > 0
        state = PartialTour(start, visited)
        for _ in range(n - 1):
            q = self.ctx(h[ops.arange(b), state.last])
            logits = ops.bmm(h, q.expand_dims(-1)).squeeze(-1)
            logits = ops.masked_fill(logits, state.visited, -1e9)
            state.step(coords, ops.argmax(logits, -1).astype(ms.int32))
        state.step(coords, state.first)
        return state.length


def make():
    np.random.seed(10)
    coords = Tensor(np.random.rand(2, 6, 2).astype(np.float32))
    return GreedyRollout(), (coords, Tensor(np.array([0, 2], np.int32)))
