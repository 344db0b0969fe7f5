# case: blend optimisation step wraps the odour-profile computation in a small profiling context manager (with Timer(...)) inside construct -> with statement on a plain Python object in construct, Graph mode may reject
import time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Timer:
    def __init__(self, label):
        self.label = label
        self.t0 = 0.0

    def __enter__(self):
        self.t0 = time.time()
        return self

    def __exit__(self, *exc):
        return False


class BlendProfile(nn.Cell):
    def __init__(self, n_ingredients=10, n_desc=6):
        super().__init__()
        self.logits = Parameter(Tensor(np.zeros(n_ingredients, np.float32)), name="logits")
        self.odour_matrix = Parameter(Tensor(np.random.rand(n_ingredients, n_desc).astype(np.float32)),
                                      name="odour_matrix", requires_grad=False)

    def construct(self, target):
        ratios = ops.softmax(self.logits, axis=0)
        with Timer("profile"):
            profile = ops.matmul(ratios.reshape(1, -1), self.odour_matrix).reshape(-1)
        return ((profile - target) ** 2).mean(), profile


def make():
    np.random.seed(191)
    target = Tensor(np.random.rand(6).astype(np.float32))
    return BlendProfile(), (target,)
