# case: symbol segmenter builds a Python dict of outputs in construct, updating stroke counts per head in a loop and returning the dict -> dict built and mutated in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SymbolSegmenter(nn.Cell):
    def __init__(self, dim=8, heads=("boundary", "merge")):
        super().__init__()
        self.heads = heads
        self.enc = nn.Dense(3, dim)
        self.boundary = nn.Dense(dim, 1)
        self.merge = nn.Dense(dim, 1)

    def construct(self, points):
        h = ops.relu(self.enc(points))
        out = {"n_pen_up": points[:, 2].sum()}
        out["boundary"] = ops.sigmoid(self.boundary(h)).squeeze(-1)
        out["merge"] = ops.sigmoid(self.merge(h)).squeeze(-1)
        for name in self.heads:
            out[name + "_count"] = (out[name] > 0.5).astype(ms.float32).sum()
        return out


def make():
    np.random.seed(41)
    pts = np.random.rand(12, 3).astype(np.float32)
    pts[:, 2] = (np.random.rand(12) > 0.7).astype(np.float32)
    return SymbolSegmenter(), (Tensor(pts),)
