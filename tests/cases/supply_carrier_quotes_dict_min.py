# case: shipment rate shopping builds a dict of carrier quotes in construct and picks the cheapest with min(dict, key=lambda) on tensor values -> Python dict/builtin on tensor data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CarrierRateShopper(nn.Cell):
    def __init__(self, carriers=("ground", "express", "freight")):
        super().__init__()
        self.carriers = carriers
        self.per_kg = (0.45, 0.90, 0.30)
        self.per_zone = (2.0, 3.5, 6.0)
        self.fixed = (5.0, 9.0, 40.0)

    def quote(self, i, weights, zones):
        return (weights * self.per_kg[i] + zones * self.per_zone[i]).sum() + self.fixed[i]

    def construct(self, weights, zones):
        quotes = {}
        for i, name in enumerate(self.carriers):
            quotes[name] = self.quote(i, weights, zones)
        best = min(quotes, key=lambda c: quotes[c])
        return quotes[best], quotes


def make():
    np.random.seed(40)
    weights = Tensor(np.random.uniform(1, 30, 10).astype(np.float32))
    zones = Tensor(np.random.randint(1, 8, 10).astype(np.float32))
    return CarrierRateShopper(), (weights, zones)
