# case: DARTS cell node computes the weighted sum of every incoming edge by growing a list over range(num_inputs) (a Python int from the genotype config) and stacking it -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

NUM_PREV_NODES = 3


class NodeConfig:
    def __init__(self, channels=4, num_inputs=NUM_PREV_NODES, normalize=True):
        self.channels = channels
        self.num_inputs = num_inputs
        self.normalize = normalize


class SearchNode(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_inputs = config.num_inputs
        self.normalize = config.normalize
        self.edges = nn.CellList([nn.Conv2d(config.channels, config.channels, 3, pad_mode="same")
                                  for _ in range(config.num_inputs)])
        self.beta = Parameter(Tensor(np.ones(config.num_inputs, np.float32)), name="edge_beta")

    def construct(self, *states):
        weights = ops.softmax(self.beta, axis=0) if self.normalize else self.beta
        terms = []
        for j in range(self.num_inputs):
            terms.append(weights[j] * self.edges[j](states[j]))
        return ops.stack(terms, axis=0).sum(axis=0)


def make():
    np.random.seed(3798)
    node = SearchNode(NodeConfig())
    states = tuple(Tensor(np.random.randn(2, 4, 5, 5).astype(np.float32)) for _ in range(NUM_PREV_NODES))
    return node, states
