# case: compute ensemble spread and log it with float() and an f-string inside construct -> host conversion of tensor in graph, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EnsembleSpread(nn.Cell):
    def __init__(self, warn_spread=2.0):
        super().__init__()
        self.warn_spread = warn_spread

    def construct(self, members):
        # members: (M, H, W) precipitation from M ensemble members
        mean = members.mean(axis=0)
        spread = ops.sqrt(((members - mean) ** 2).mean(axis=0))
        domain_spread = float(spread.mean())
        if domain_spread > self.warn_spread:
            print(f"high ensemble spread: {domain_spread:.2f} mm/h")
        return mean, spread


def make():
    np.random.seed(7)
    members = Tensor(np.random.gamma(2.0, 1.5, (5, 10, 10)).astype(np.float32))
    return EnsembleSpread(), (members,)
