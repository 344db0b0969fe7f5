# case: flood extent logger prints an f-string with the flooded cell count and mean depth tensors inside construct -> f-string of tensors in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FloodLogger(nn.Cell):
    def __init__(self, threshold_m=0.3, verbose=True):
        super().__init__()
        self.threshold = threshold_m
        self.verbose = verbose

    def construct(self, depth):
        wet = (depth > self.threshold).astype(ms.float32)
        n_wet = wet.sum()
        mean_depth = (depth * wet).sum() / (n_wet + 1e-6)
        if self.verbose:
            print(f"flooded cells: {n_wet}, mean depth {mean_depth} m")
        return wet, mean_depth


def make():
    np.random.seed(28)
    depth = Tensor(np.random.exponential(0.4, (12, 12)).astype(np.float32))
    return FloodLogger(), (depth,)
