# case: gather lane curves for lanes flagged as existing using indices from nonzero of the existence flags -> dynamic shape from nonzero feeding gather
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CurveHead(nn.Cell):
    def __init__(self, in_ch=16, max_lanes=5, num_coeffs=3):
        super().__init__()
        self.max_lanes = max_lanes
        self.num_coeffs = num_coeffs
        self.curve = nn.Dense(in_ch, max_lanes * num_coeffs)
        self.exist = nn.Dense(in_ch, max_lanes)

    def construct(self, feat):
        coeffs = self.curve(feat).view(self.max_lanes, self.num_coeffs)
        flags = ops.sigmoid(self.exist(feat)).view(-1) > 0.5
        keep = ops.nonzero(flags).view(-1)
        return ops.gather(coeffs, keep, 0)


def make():
    np.random.seed(16)
    feat = Tensor(np.random.randn(1, 16).astype(np.float32))
    return CurveHead(), (feat,)
