# case: congestion monitor prints an f-string report with float() of the mean network speed inside construct -> host conversion of tensor data in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NetworkMonitor(nn.Cell):
    def __init__(self, jam_speed=20.0, verbose=True):
        super().__init__()
        self.jam_speed = jam_speed
        self.verbose = verbose

    def construct(self, speeds):
        mean_speed = speeds.mean()
        jam_share = (speeds < self.jam_speed).astype(ms.float32).mean()
        if self.verbose:
            print(f"mean speed {float(mean_speed):.1f} km/h, jammed {float(jam_share) * 100:.0f}%")
        return mean_speed, jam_share


def make():
    np.random.seed(33)
    speeds = Tensor(np.random.uniform(5, 90, size=(4, 10)).astype(np.float32))
    return NetworkMonitor(), (speeds,)
