# case: converts the waypoint tensor to a Python list with .tolist() and sums leg lengths with math.dist -> host conversion and math on tensor data inside construct
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RouteLength(nn.Cell):
    def __init__(self, cruise_speed=6.0):
        super().__init__()
        self.cruise_speed = cruise_speed

    def construct(self, waypoints):
        pts = waypoints.tolist()
        length = 0.0
        for a, b in zip(pts[:-1], pts[1:]):
            length += math.dist(a, b)
        eta = length / self.cruise_speed
        return Tensor(length, ms.float32), Tensor(eta, ms.float32)


def make():
    np.random.seed(26)
    wps = np.random.uniform(0, 20, size=(6, 3)).astype(np.float32)
    return RouteLength(), (Tensor(wps),)
