# case: gate assignment scorer logs the best gate score with print and an f-string of a tensor inside construct -> f-string formatting of a tensor in construct, may be rejected or only partly supported in Graph mode
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
            print(f"best gate score {best} for {score.shape[0]} flights")
        return score


def make():
    np.random.seed(151)
    d = Tensor((200 + 300 * np.random.rand(5, 12)).astype(np.float32))
    return GateWalkScore(), (d,)
