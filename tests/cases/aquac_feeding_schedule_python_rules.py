# case: computes feed ration per pen using Python if-rules on an integer hour and a config season string -> static graph, rules fold at compile time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeedingPlanner(nn.Cell):
    def __init__(self, season="summer", base_rate=0.015):
        super().__init__()
        self.season = season
        self.base_rate = base_rate

    def rate_for_hour(self, hour):
        if hour < 6 or hour >= 20:
            return 0.0
        if hour < 10:
            factor = 1.2
        elif hour < 16:
            factor = 1.0
        else:
            factor = 0.8
        if self.season == "winter":
            factor = factor * 0.5
        return self.base_rate * factor

    def construct(self, biomass_kg, hour):
        rate = self.rate_for_hour(hour)
        ration = biomass_kg * rate
        return ops.clamp(ration, 0.0, 50.0)


def make():
    np.random.seed(6)
    biomass = Tensor((np.random.rand(8) * 2000 + 500).astype(np.float32))
    return FeedingPlanner(season="summer"), (biomass, 8)
