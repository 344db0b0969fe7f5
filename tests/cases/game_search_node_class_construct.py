# case: builds a Python search-tree Node object with a children list inside construct, mutates its visit count and scores children with UCB -> plain Python objects built and mutated in construct are limited in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Node:
    def __init__(self, prior):
        self.prior = prior
        self.visit_count = 0
        self.value_sum = 0.0
        self.children = []

    def ucb(self, parent_visits, c_puct):
        q = self.value_sum / (self.visit_count + 1)
        return q + c_puct * self.prior * math.sqrt(parent_visits + 1) / (1 + self.visit_count)


class RootExpander(nn.Cell):
    def __init__(self, num_actions=5, c_puct=1.25):
        super().__init__()
        self.num_actions = num_actions
        self.c_puct = c_puct

    def construct(self, priors):
        root = Node(1.0)
        for a in range(self.num_actions):
            root.children.append(Node(priors[a]))
        root.visit_count += 1
        scores = [child.ucb(root.visit_count, self.c_puct) for child in root.children]
        return ops.stack(scores)


def make():
    np.random.seed(10)
    p = np.random.rand(5).astype(np.float32)
    return RootExpander(), (Tensor(p / p.sum()),)
