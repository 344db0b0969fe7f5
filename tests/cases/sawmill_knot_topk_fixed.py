# case: log scanner keeps a fixed number of knot candidates set in the scanner config -> topk with a Python-int k compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SCANNER_CFG = {"max_knots": 8, "density_threshold": 0.7}


class KnotCandidatePicker(nn.Cell):
    def __init__(self, cfg=SCANNER_CFG):
        super().__init__()
        self.density_threshold = cfg["density_threshold"]
        self.max_knots = cfg["max_knots"]
        self.smooth = nn.Dense(64, 64)

    def construct(self, xray_profile):
        scores = ops.sigmoid(self.smooth(xray_profile)).reshape(-1)
        dense_flag = ops.cast(scores > self.density_threshold, ms.float32)
        top_vals, top_idx = ops.topk(scores * dense_flag, self.max_knots)
        n_dense = dense_flag.sum()
        return top_vals, top_idx, n_dense


def make():
    np.random.seed(3192)
    profile = Tensor(np.random.rand(1, 64).astype(np.float32) * 4 - 2)
    return KnotCandidatePicker(), (profile,)
