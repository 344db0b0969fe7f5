# case: simulate tool wear step by step in a while loop on a tensor condition, appending each wear state to a list -> data-dependent loop growing a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WearSimulator(nn.Cell):
    def __init__(self, wear_limit=0.3, max_steps=50):
        super().__init__()
        self.wear_limit = wear_limit
        self.max_steps = max_steps
        self.rate = nn.Dense(3, 1)

    def construct(self, cut_params):
        rate = ops.abs(self.rate(cut_params)).mean() + 0.01
        wear = ops.zeros((), ms.float32)
        history = []
        while wear < self.wear_limit:
            wear = wear + rate
            history.append(wear)
        return ops.stack(history)


def make():
    np.random.seed(12)
    cut = Tensor(np.random.rand(4, 3).astype(np.float32))
    return WearSimulator(), (cut,)
