# case: count lanes whose existence probability exceeds 0.5 and slice the lane coordinate tensor to that count -> error or dynamic: slice bound taken from a tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ExistenceHead(nn.Cell):
    def __init__(self, in_ch=8, max_lanes=4):
        super().__init__()
        self.fc = nn.Dense(in_ch, max_lanes)

    def construct(self, feat):
        return ops.sigmoid(self.fc(feat))


class LaneSelector(nn.Cell):
    def __init__(self, in_ch=8, max_lanes=4):
        super().__init__()
        self.exist_head = ExistenceHead(in_ch, max_lanes)

    def construct(self, feat, lane_coords):
        exist = self.exist_head(feat)[0]
        order = ops.argsort(exist, descending=True)
        sorted_coords = ops.gather(lane_coords, order, 0)
        num_lanes = (exist > 0.5).astype(ms.int32).sum()
        kept = sorted_coords[:num_lanes]
        return kept


def make():
    np.random.seed(1)
    feat = Tensor(np.random.randn(1, 8).astype(np.float32))
    coords = Tensor(np.random.rand(4, 18).astype(np.float32) * 100)
    return LaneSelector(), (feat, coords)
