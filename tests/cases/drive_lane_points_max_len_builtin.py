# case: lane curve encoder that loops up to the longest lane length computed with Python max() over a length tensor -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LaneCurveEncoder(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.hidden = hidden
        self.cell = nn.GRUCell(2, hidden)

    def step_mask(self, lengths, t):
        return (lengths > t).astype(ms.float32).expand_dims(-1)

    def construct(self, lane_pts, lengths):
        num_lanes = lane_pts.shape[0]
        h = ops.zeros((num_lanes, self.hidden), ms.float32)
        max_len = max(lengths)
        for t in range(max_len):
            h_new = self.cell(lane_pts[:, t], h)
            m = self.step_mask(lengths, t)
            h = m * h_new + (1 - m) * h
        return h


def make():
    np.random.seed(15)
    pts = Tensor(np.random.randn(3, 8, 2).astype(np.float32))
    lengths = Tensor(np.array([5, 3, 6], dtype=np.int32))
    return LaneCurveEncoder(), (pts, lengths)
