# case: picks the most active fermenters with topk where k is the number of tanks above a CO2 rate computed from the data -> k taken from a tensor value, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ActiveTankPicker(nn.Cell):
    def __init__(self, min_rate=0.8):
        super().__init__()
        self.min_rate = min_rate

    def construct(self, co2_rate):
        k = int((co2_rate > self.min_rate).sum())
        values, idx = ops.topk(co2_rate, k)
        return values, idx


def make():
    np.random.seed(16)
    rate = np.random.uniform(0.2, 1.6, size=10).astype(np.float32)
    return ActiveTankPicker(), (Tensor(rate),)
