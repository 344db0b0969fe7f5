# case: ticket price elasticity model imports math inside construct to get the log of the reference fare -> import statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FareElasticity(nn.Cell):
    def __init__(self, elasticity=-0.6, reference_fare=42.0):
        super().__init__()
        self.elasticity = elasticity
        self.ref = reference_fare

    def construct(self, fares, base_demand):
        import math
        log_ref = math.log(self.ref)
        log_ratio = ops.log(fares) - log_ref
        demand = base_demand * ops.exp(self.elasticity * log_ratio)
        revenue = demand * fares
        return demand, revenue.sum()


def make():
    np.random.seed(29)
    fares = np.random.uniform(30, 60, 12).astype(np.float32)
    base = np.random.uniform(100, 400, 12).astype(np.float32)
    return FareElasticity(), (Tensor(fares), Tensor(base))
