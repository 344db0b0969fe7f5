# case: estimate barrel evaporation (angel's share) from cellar humidity, computing it inside a `with` block over a helper context manager -> with statement in construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CellarSession:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class AngelsShare(nn.Cell):
    def __init__(self, base_rate=0.02):
        super().__init__()
        self.base_rate = base_rate
        self.session = CellarSession()

    def construct(self, humidity, temp_c):
        with self.session:
            dryness = 1.0 - humidity / 100.0
            loss = self.base_rate * dryness * ops.exp(0.05 * (temp_c - 14.0))
        return loss


def make():
    np.random.seed(131)
    humidity = Tensor((70 + 10 * np.random.rand(12)).astype(np.float32))
    temp_c = Tensor((12 + 4 * np.random.rand(12)).astype(np.float32))
    return AngelsShare(), (humidity, temp_c)
