# case: finisher ranking step that logs the winner's chip time with a print of an f-string built from a tensor -> f-string formatting of a tensor in construct, expect Graph mode to reject or warn
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def to_hms(seconds):
    h = ops.floor(seconds / 3600.0)
    m = ops.floor((seconds - h * 3600.0) / 60.0)
    s = seconds - h * 3600.0 - m * 60.0
    return h, m, s


class FinishRanker(nn.Cell):
    def __init__(self, verbose=True):
        super().__init__()
        self.verbose = verbose

    def construct(self, chip_times):
        order = ops.argsort(chip_times)
        ranked = ops.gather(chip_times, order, 0)
        h, m, s = to_hms(ranked[0])
        if self.verbose:
            print(f"winner {h}:{m}:{s}")
        gaps = ranked - ranked[0]
        return order, gaps


def make():
    np.random.seed(141)
    t = np.random.normal(3.5 * 3600, 1200, 40).astype(np.float32)
    return FinishRanker(), (Tensor(t),)
