# case: gate assignment scorer prints a constant label and the best score tensor with plain print arguments inside construct -> print of tensors is supported in Graph mode, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateWalkScore(nn.Cell):
    def __init__(self, n_gates=12, verbose=True):
        super().__init__()
        self.verbose = verbose
        self.walk_w = nn.Dense(n_gates, n_gates)

    def construct(self, walk_dist):
        score = -self.walk_w(walk_dist)
        best = score.max()
        if self.verbose:
            print("best gate score:", best)
        return score


def make():
    np.random.seed(152)
    d = Tensor((200 + 300 * np.random.rand(5, 12)).astype(np.float32))
    return GateWalkScore(), (d,)
