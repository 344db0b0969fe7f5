# case: passenger estimator expands per-booking ticket weights to one row per passenger with repeat_interleave on the booking group sizes tensor -> data-dependent output length in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BookingExpander(nn.Cell):
    def __init__(self, adult_weight=75.0):
        super().__init__()
        self.adult_weight = adult_weight

    def per_passenger(self, booking_weight, group_size):
        return ops.repeat_interleave(booking_weight, group_size, 0)

    def construct(self, booking_weight, group_size):
        rows = self.per_passenger(booking_weight, group_size)
        load_kg = (rows * self.adult_weight).sum()
        return load_kg, rows.shape[0]


def make():
    np.random.seed(22)
    weight = Tensor(np.random.uniform(0.4, 1.0, size=(6,)).astype(np.float32))
    group = Tensor(np.random.randint(1, 5, size=(6,)).astype(np.int32))
    return BookingExpander(), (weight, group)
