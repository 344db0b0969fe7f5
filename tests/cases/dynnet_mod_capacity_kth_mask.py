# case: mixture-of-depths with a fixed capacity: topk on router scores with k from the shape, kth value as threshold, mask multiplied into the block update -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoDBlock(nn.Cell):
    def __init__(self, dim=8, capacity=0.25):
        super().__init__()
        self.router = nn.Dense(dim, 1)
        self.ff = nn.SequentialCell([nn.Dense(dim, 2 * dim), nn.ReLU(), nn.Dense(2 * dim, dim)])
        self.capacity = capacity

    def route_mask(self, scores, k):
        top_vals, _ = ops.topk(scores, k, dim=1)
        kth = top_vals[:, k - 1:k]
        return (scores >= kth).astype(scores.dtype)

    def construct(self, tokens):
        b, n, _ = tokens.shape
        k = max(1, int(n * self.capacity))
        scores = self.router(tokens).squeeze(-1)
        mask = self.route_mask(scores, k)
        gate = ops.sigmoid(scores) * mask
        return tokens + self.ff(tokens) * gate.expand_dims(-1), mask.sum(axis=1)


def make():
    np.random.seed(11)
    tokens = Tensor(np.random.randn(2, 16, 8).astype(np.float32))
    return MoDBlock(), (tokens,)
