# case: sums the edge weights along a fixed-length greedy path using one-hot selection and a constant-length Python loop -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftRouteCost(nn.Cell):
    def __init__(self, num_nodes=6, start_node=0):
        super().__init__()
        self.num_nodes = num_nodes
        self.start_node = start_node
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, edge_weights, scores):
        steps = scores.shape[0]
        cur = ops.one_hot(Tensor(self.start_node, ms.int32), self.num_nodes, self.on, self.off)
        total = Tensor(0.0, ms.float32)
        for t in range(steps):
            nxt = ops.one_hot(ops.argmax(scores[t], dim=-1), self.num_nodes, self.on, self.off)
            row = ops.matmul(cur.reshape(1, -1), edge_weights).reshape(-1)
            total = total + (row * nxt).sum()
            cur = nxt
        return total


def make():
    np.random.seed(28)
    w = Tensor(np.random.uniform(1, 10, size=(6, 6)).astype(np.float32))
    scores = Tensor(np.random.randn(4, 6).astype(np.float32))
    return SoftRouteCost(), (w, scores)
