# case: MCTS expansion creates a plain Python SearchNode object in construct to hold prior, visit count and value, then updates it -> plain class instantiated and mutated inside the graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SearchNode:
    def __init__(self, prior, value):
        self.prior = prior
        self.value = value
        self.visits = 0

    def backup(self, v):
        self.value = self.value + v
        self.visits = self.visits + 1


class Expander(nn.Cell):
    def __init__(self, dim=32, n_moves=20):
        super().__init__()
        self.policy = nn.Dense(dim, n_moves)
        self.value = nn.Dense(dim, 1)

    def construct(self, state):
        prior = ops.softmax(self.policy(state), axis=-1)
        v = ops.tanh(self.value(state))
        node = SearchNode(prior, v)
        node.backup(-v)
        return node.prior * node.visits, node.value


def make():
    np.random.seed(19)
    return Expander(), (Tensor(np.random.randn(1, 32).astype(np.float32)),)
