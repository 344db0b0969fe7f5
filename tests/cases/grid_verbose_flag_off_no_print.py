# case: same peak-capping cell with a verbose flag that defaults to False, so the print branch is pruned by the Python bool -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakCapper(nn.Cell):
    def __init__(self, limit_mw=90.0, verbose=False, per_feeder=True):
        super().__init__()
        self.limit = limit_mw
        self.verbose = verbose
        self.per_feeder = per_feeder

    def construct(self, load):
        if self.per_feeder:
            peak = load.max(axis=1, keepdims=True)
        else:
            peak = load.max()
        if self.verbose:
            print("peak", peak)
        ratio = ops.minimum(self.limit / peak, 1.0)
        return load * ratio


def make():
    np.random.seed(23)
    load = Tensor(np.random.uniform(50, 110, size=(4, 24)).astype(np.float32))
    return PeakCapper(), (load,)
