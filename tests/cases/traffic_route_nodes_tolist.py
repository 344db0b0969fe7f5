# case: converts the predicted next-hop node indices to a Python list with .tolist() and sums edge weights in a Python loop -> host round trip in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GreedyRouteCost(nn.Cell):
    def __init__(self, num_nodes=6):
        super().__init__()
        self.num_nodes = num_nodes

    def construct(self, edge_weights, scores):
        hops = ops.argmax(scores, dim=-1).tolist()
        total = Tensor(0.0, ms.float32)
        prev = 0
        for node in hops:
            total = total + edge_weights[prev, node]
            prev = node
        return total


def make():
    np.random.seed(27)
    w = Tensor(np.random.uniform(1, 10, size=(6, 6)).astype(np.float32))
    scores = Tensor(np.random.randn(4, 6).astype(np.float32))
    return GreedyRouteCost(), (w, scores)
