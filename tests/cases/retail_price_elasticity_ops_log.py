# case: log-log price elasticity model per SKU computed entirely with ops.log and ops.exp -> static graph, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ElasticityEstimator(nn.Cell):
    def __init__(self, num_skus=6, cross_effects=True):
        super().__init__()
        self.cross_effects = cross_effects
        self.own = ms.Parameter(Tensor(np.full((num_skus,), -1.2, dtype=np.float32)), name="own")
        self.cross = ms.Parameter(Tensor(np.zeros((num_skus, num_skus), dtype=np.float32)), name="cross")

    def construct(self, new_price, base_price, base_demand):
        lr = ops.log(new_price / base_price)
        effect = self.own * lr
        if self.cross_effects:
            effect = effect + ops.matmul(lr, self.cross)
        return base_demand * ops.exp(effect)


def make():
    np.random.seed(13)
    base = np.random.uniform(5, 20, size=(4, 6)).astype(np.float32)
    new = (base * np.random.uniform(0.8, 1.2, size=(4, 6))).astype(np.float32)
    demand = np.random.uniform(50, 200, size=(4, 6)).astype(np.float32)
    return ElasticityEstimator(), (Tensor(new), Tensor(base), Tensor(demand))
