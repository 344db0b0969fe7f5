# case: avalanche scorer logs the score with an f-string and print inside construct -> f-string of a tensor and print of data in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LoggedDangerLevel(nn.Cell):
    def __init__(self, n_features=6, verbose=True):
        super().__init__()
        self.fc1 = nn.Dense(n_features, 8)
        self.fc2 = nn.Dense(8, 1)
        self.relu = nn.ReLU()
        self.verbose = verbose

    def construct(self, obs):
        h = self.relu(self.fc1(obs))
        score = ops.sigmoid(self.fc2(h)).squeeze(-1)
        if self.verbose:
            print(f"danger score mean={score.mean()} max={score.max()}")
        return score * 5.0


def make():
    np.random.seed(14)
    obs = Tensor(np.random.randn(7, 6).astype(np.float32))
    return LoggedDangerLevel(), (obs,)
