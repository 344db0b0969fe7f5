# case: total hospital burden summed with a generator expression over region rows and their hospitalisation rates inside construct -> generator expression in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class HospitalBurden(nn.Cell):
    def __init__(self, n_regions=4, stay_days=7):
        super().__init__()
        self.n_regions = n_regions
        self.stay_days = stay_days
        self.hosp_rate = Parameter(Tensor(np.full(n_regions, 0.05, np.float32)), name="hosp_rate")

    def construct(self, infections):
        recent = infections[-self.stay_days:]
        burden = sum(recent[:, k].sum() * self.hosp_rate[k] for k in range(self.n_regions))
        return burden


def make():
    np.random.seed(22)
    infections = np.random.poisson(50, size=(14, 4)).astype(np.float32)
    return HospitalBurden(), (Tensor(infections),)
