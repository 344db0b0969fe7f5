# case: lane head returns a dict with constant string keys (exist, cls, offsets) built in construct -> static (dict with constant keys is supported)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiTaskLaneHead(nn.Cell):
    def __init__(self, in_dim=16, num_lanes=4, num_rows=6, num_cells=10):
        super().__init__()
        self.num_lanes = num_lanes
        self.num_rows = num_rows
        self.num_cells = num_cells
        self.exist_fc = nn.Dense(in_dim, num_lanes)
        self.cls_fc = nn.Dense(in_dim, num_lanes * num_rows * num_cells)
        self.off_fc = nn.Dense(in_dim, num_lanes * num_rows)

    def construct(self, feat):
        b = feat.shape[0]
        out = {}
        out["exist"] = ops.sigmoid(self.exist_fc(feat))
        out["cls"] = self.cls_fc(feat).view(b, self.num_lanes, self.num_rows, self.num_cells)
        out["offsets"] = ops.tanh(self.off_fc(feat)).view(b, self.num_lanes, self.num_rows)
        return out


def make():
    np.random.seed(39)
    feat = Tensor(np.random.randn(2, 16).astype(np.float32))
    return MultiTaskLaneHead(), (feat,)
