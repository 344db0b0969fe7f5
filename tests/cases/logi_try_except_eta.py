# case: computes estimated arrival times and wraps the division by speed in try/except to fall back to a default speed -> try/except in construct, not supported in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EtaEstimator(nn.Cell):
    def __init__(self, default_speed=40.0):
        super().__init__()
        self.default_speed = default_speed

    def construct(self, distances_km, speeds_kmh):
        try:
            hours = distances_km / speeds_kmh
        except ZeroDivisionError:
            hours = distances_km / self.default_speed
        return ops.cumsum(hours, axis=0)


def make():
    np.random.seed(16)
    dist = Tensor(np.random.uniform(1, 30, size=(8,)).astype(np.float32))
    speed = Tensor(np.random.uniform(20, 60, size=(8,)).astype(np.float32))
    return EtaEstimator(), (dist, speed)
