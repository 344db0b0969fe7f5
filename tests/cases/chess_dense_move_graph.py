# case: move-graph propagation multiplies a dense 64x64 knight adjacency (built once in __init__) by square features -> plain matmul, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def knight_adjacency():
    adj = np.zeros((64, 64), np.float32)
    for sq in range(64):
        r, c = divmod(sq, 8)
        for dr, dc in [(1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)]:
            rr, cc = r + dr, c + dc
            if 0 <= rr < 8 and 0 <= cc < 8:
                adj[sq, rr * 8 + cc] = 1.0
    return adj


class KnightControl(nn.Cell):
    def __init__(self, feat=4, hops=2):
        super().__init__()
        self.adj = Tensor(knight_adjacency())
        self.proj = nn.Dense(feat, 1)
        self.hops = hops

    def construct(self, square_feat):
        control = square_feat[:, 0:1]
        for _ in range(self.hops):
            control = ops.matmul(self.adj, control) * 0.5
        return self.proj(square_feat).reshape(-1) + control.reshape(-1)


def make():
    np.random.seed(18)
    feat = Tensor(np.random.rand(64, 4).astype(np.float32))
    return KnightControl(), (feat,)
