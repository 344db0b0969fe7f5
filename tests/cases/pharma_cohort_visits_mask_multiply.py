# case: averages lab values over the observed visits of each patient with an arange<length mask multiplied in -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedVisitPooling(nn.Cell):
    def __init__(self, n_labs=5, hidden=8):
        super().__init__()
        self.encoder = nn.Dense(n_labs, hidden)
        self.act = nn.ReLU()

    def visit_mask(self, lengths, max_visits):
        steps = ops.arange(max_visits).astype(ms.int32)
        return (steps.expand_dims(0) < lengths.expand_dims(1)).astype(ms.float32)

    def construct(self, visits, lengths):
        # visits: (patients, max_visits, n_labs); lengths: (patients,)
        max_visits = visits.shape[1]
        mask = self.visit_mask(lengths, max_visits)
        h = self.act(self.encoder(visits))
        summed = (h * mask.expand_dims(-1)).sum(axis=1)
        denom = ops.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        return summed / denom


def make():
    np.random.seed(3)
    visits = np.random.randn(4, 7, 5).astype(np.float32)
    lengths = np.array([7, 3, 5, 1], dtype=np.int32)
    return MaskedVisitPooling(), (Tensor(visits), Tensor(lengths))
