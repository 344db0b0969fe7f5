# case: averages a patient's lab values over the first n visits where n is a tensor visit count used as slice bound -> dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisitAverager(nn.Cell):
    def __init__(self, n_labs=5):
        super().__init__()
        self.proj = nn.Dense(n_labs, 3)

    def construct(self, visits, n_visits):
        # visits: (max_visits, n_labs); n_visits: scalar int tensor
        observed = visits[:n_visits]
        mean_labs = observed.mean(axis=0)
        return self.proj(mean_labs.expand_dims(0))


def make():
    np.random.seed(2)
    visits = np.random.randn(10, 5).astype(np.float32)
    n_visits = Tensor(6, ms.int32)
    return VisitAverager(), (Tensor(visits), n_visits)
