# case: count how many batches of claims were scored through a module-level global counter incremented in construct -> global state mutation
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCORED_BATCHES = 0


class ClaimTriage(nn.Cell):
    def __init__(self, n_features=6):
        super().__init__()
        self.dense = nn.Dense(n_features, 3)
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, x):
        global SCORED_BATCHES
        SCORED_BATCHES += 1
        probs = self.softmax(self.dense(x))
        return probs, SCORED_BATCHES


def make():
    np.random.seed(19)
    x = Tensor(np.random.randn(8, 6).astype(np.float32))
    return ClaimTriage(), (x,)
