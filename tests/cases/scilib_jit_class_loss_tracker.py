# case: multi-term PINN loss records each term in a jit_class LossTracker created inside construct and mutated by a helper -> jit_class instance created and its attributes updated in construct, Graph mode may reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class LossTracker:
    def __init__(self):
        self.total = 0.0
        self.n_terms = 0

    def add(self, value, weight):
        self.total = self.total + weight * value
        self.n_terms = self.n_terms + 1


class MultiTermConfig:
    weights = (1.0, 10.0, 5.0)
    names = ("pde", "bc", "ic")


class MultiTermLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.weights = config.weights
        self.names = config.names

    def construct(self, r_pde, r_bc, r_ic):
        tracker = LossTracker()
        for w, r in zip(self.weights, (r_pde, r_bc, r_ic)):
            tracker.add((r * r).mean(), w)
        return tracker.total / tracker.n_terms


def make():
    np.random.seed(25)
    return MultiTermLoss(MultiTermConfig()), tuple(
        Tensor(np.random.randn(n).astype(np.float32)) for n in (128, 32, 16))
