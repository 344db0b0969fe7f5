# case: per-region hospital burden computed in a constant for loop over region names held in a Python list from the constructor, results stacked -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RegionalBurden(nn.Cell):
    def __init__(self, regions=("north", "south", "east", "west"), stay_days=7):
        super().__init__()
        self.regions = list(regions)
        self.stay_days = stay_days
        self.hosp_rate = Parameter(Tensor(np.full(len(regions), 0.05, np.float32)), name="hosp_rate")

    def construct(self, infections):
        recent = infections[-self.stay_days:]
        per_region = []
        for k, _name in enumerate(self.regions):
            per_region.append(recent[:, k].sum() * self.hosp_rate[k])
        burden = ops.stack(per_region)
        return burden, burden.sum()


def make():
    np.random.seed(23)
    infections = np.random.poisson(50, size=(14, 4)).astype(np.float32)
    return RegionalBurden(), (Tensor(infections),)
