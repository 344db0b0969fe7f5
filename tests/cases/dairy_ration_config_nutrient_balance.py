# case: ration evaluator reads nutrient requirements from a plain Python config object in __init__ and computes the balance with matmul -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RationConfig:
    nutrients = ("NEL", "CP", "NDF")
    requirement = (38.0, 3.4, 7.0)  # Mcal/d, kg/d, kg/d for a 35 kg cow
    tolerance = 0.05


class NutrientBalance(nn.Cell):
    def __init__(self, feed_matrix, cfg=RationConfig()):
        super().__init__()
        self.feeds = Tensor(feed_matrix)
        self.req = Tensor(np.array(cfg.requirement, np.float32))
        self.tol = cfg.tolerance
        self.n_nutrients = len(cfg.nutrients)

    def construct(self, kg_dm):
        supplied = ops.matmul(kg_dm, self.feeds)
        ratio = supplied / self.req
        ok = ops.logical_and(ratio > 1.0 - self.tol, ratio < 1.0 + self.tol)
        return ratio, ok.astype(ms.float32).sum(axis=1) == self.n_nutrients


def make():
    np.random.seed(38)
    feeds = np.random.uniform(0.05, 1.8, (5, 3)).astype(np.float32)
    kg = np.random.uniform(1.0, 8.0, (4, 5)).astype(np.float32)
    return NutrientBalance(feeds), (Tensor(kg),)
