# case: price elasticity layer computes log price ratios with NumPy on .asnumpy() arrays inside construct -> host round trip in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ElasticityEstimator(nn.Cell):
    def __init__(self, num_skus=6):
        super().__init__()
        self.elasticity = ms.Parameter(Tensor(np.full((num_skus,), -1.2, dtype=np.float32)), name="elasticity")

    def log_ratio(self, new_price, base_price):
        ratio = np.log(new_price.asnumpy() / base_price.asnumpy())
        return Tensor(ratio.astype(np.float32))

    def construct(self, new_price, base_price, base_demand):
        lr = self.log_ratio(new_price, base_price)
        return base_demand * ops.exp(self.elasticity * lr)


def make():
    np.random.seed(12)
    base = np.random.uniform(5, 20, size=(6,)).astype(np.float32)
    new = (base * np.random.uniform(0.8, 1.2, size=(6,))).astype(np.float32)
    demand = np.random.uniform(50, 200, size=(6,)).astype(np.float32)
    return ElasticityEstimator(), (Tensor(new), Tensor(base), Tensor(demand))
