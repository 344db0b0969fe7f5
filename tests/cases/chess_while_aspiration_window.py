# case: aspiration-window search widens the alpha/beta window in a while loop until the evaluated score falls inside it, bounded by a python max number of re-searches; loop carries same-shaped scalars -> tensor-condition loop with fixed shapes, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AspirationSearch(nn.Cell):
    def __init__(self, dim=32, delta=0.05, max_researches=6):
        super().__init__()
        self.eval_net = nn.SequentialCell([nn.Dense(dim, 16), nn.ReLU(), nn.Dense(16, 1), nn.Tanh()])
        self.delta = delta
        self.max_researches = max_researches

    def construct(self, root_feat, prev_score):
        score = self.eval_net(root_feat).reshape(())
        alpha = prev_score - self.delta
        beta = prev_score + self.delta
        tries = 0
        while (score <= alpha or score >= beta) and tries < self.max_researches:
            alpha = alpha - self.delta * 2.0
            beta = beta + self.delta * 2.0
            tries = tries + 1
        return score, alpha, beta


def make():
    np.random.seed(38)
    return AspirationSearch(), (Tensor(np.random.randn(1, 32).astype(np.float32)), Tensor(0.0, ms.float32))
