# case: log the mean lane width via an f-string built from float() of a tensor inside construct -> error in graph mode (float() of tensor / f-string)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaneWidthMonitor(nn.Cell):
    def __init__(self, px_per_meter=40.0, verbose=True):
        super().__init__()
        self.px_per_meter = px_per_meter
        self.verbose = verbose

    def construct(self, left_xs, right_xs):
        widths = (right_xs - left_xs) / self.px_per_meter
        mean_w = widths.mean()
        if self.verbose:
            msg = f"mean lane width: {float(mean_w):.2f} m"
            print(msg)
        return widths


def make():
    np.random.seed(9)
    left = Tensor((np.random.rand(18) * 20 + 300).astype(np.float32))
    right = Tensor((np.random.rand(18) * 20 + 440).astype(np.float32))
    return LaneWidthMonitor(), (left, right)
