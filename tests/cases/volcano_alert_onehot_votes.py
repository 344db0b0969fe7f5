# case: count alert-level votes from sensor networks with one_hot over the fixed four-level scale -> fixed shapes, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ALERT_NAMES = ("GREEN", "YELLOW", "ORANGE", "RED")


class AlertVoteCounter(nn.Cell):
    def __init__(self, n_levels=len(ALERT_NAMES), network_weights=(1.0, 1.0, 2.0, 1.5, 1.0, 0.5)):
        super().__init__()
        self.n_levels = n_levels
        self.weights = Tensor(np.array(network_weights, np.float32))
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, codes):
        onehot = ops.one_hot(codes, self.n_levels, self.on, self.off)
        votes = (onehot * self.weights.reshape(-1, 1)).sum(axis=0)
        level = ops.argmax(votes)
        highest = codes.max()
        return level, highest, votes


def make():
    np.random.seed(52)
    codes = np.random.randint(0, 4, size=(6,)).astype(np.int32)
    return AlertVoteCounter(), (Tensor(codes),)
