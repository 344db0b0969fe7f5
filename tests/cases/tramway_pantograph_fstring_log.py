# case: pantograph overcurrent check prints an f-string status line with the peak current inside construct -> f-string/print on tensor, expect static or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OvercurrentCheck(nn.Cell):
    def __init__(self, trip_a=900.0, unit_id="T-214"):
        super().__init__()
        self.trip = trip_a
        self.unit_id = unit_id

    def construct(self, current_a):
        peak = current_a.max()
        print(f"unit {self.unit_id} peak current {peak} A")
        tripped = peak > self.trip
        margin = (self.trip - peak) / self.trip
        return margin, tripped


def make():
    np.random.seed(3088)
    cur = np.abs(np.random.normal(500, 180, size=(300,))).astype(np.float32)
    return OvercurrentCheck(), (Tensor(cur),)
