# case: optionally zeroes the edge-exclusion ring of the wafer map under a Python bool constructor flag -> static shapes, flag resolved at compile time
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WaferNormalizer(nn.Cell):
    def __init__(self, size=16, edge_exclusion=True, exclusion_frac=0.85):
        super().__init__()
        self.edge_exclusion = edge_exclusion
        yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
        c = (size - 1) / 2.0
        r = np.sqrt((yy - c) ** 2 + (xx - c) ** 2) / c
        self.keep = Tensor((r <= exclusion_frac).astype(np.float32))

    def construct(self, wmap):
        if self.edge_exclusion:
            wmap = wmap * self.keep
        mu = wmap.mean(axis=(-2, -1), keep_dims=True)
        sd = wmap.std(axis=(-2, -1), keepdims=True) + 1e-5
        return (wmap - mu) / sd


def make():
    np.random.seed(24)
    return WaferNormalizer(), (Tensor(np.random.rand(3, 16, 16).astype(np.float32)),)
