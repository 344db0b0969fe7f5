# case: 1D adaptive mesh refinement inserts midpoints while the interpolation error indicator is above tolerance, the node set grows each pass -> while on tensor values with a growing tensor, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefineConfig:
    tol = 0.05
    max_levels = 4


def midpoints(x):
    return 0.5 * (x[1:] + x[:-1])


class AdaptiveMesh1D(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tol = config.tol
        self.max_levels = config.max_levels

    def _indicator(self, x):
        f = ops.sin(6.0 * x) * ops.exp(-x)
        fm = ops.sin(6.0 * midpoints(x)) * ops.exp(-midpoints(x))
        return ops.abs(fm - midpoints(f))

    def construct(self, nodes):
        err = self._indicator(nodes)
        level = 0
        while err.max() > self.tol and level < self.max_levels:
            nodes = ops.sort(ops.concat((nodes, midpoints(nodes))))[0]
            err = self._indicator(nodes)
            level += 1
        return nodes


def make():
    x = np.linspace(0.0, 3.0, 6).astype(np.float32)
    return AdaptiveMesh1D(RefineConfig()), (Tensor(x),)
