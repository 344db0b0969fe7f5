# case: sorting-belt router assigns diverted parcels their best chute and others the straight-through chute using ops.where with three arguments -> all shapes fixed, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


STRAIGHT_THROUGH = 0


class BeltDivertRouter(nn.Cell):
    def __init__(self, n_feat=12, n_chutes=6):
        super().__init__()
        self.fc1 = nn.Dense(n_feat, 24)
        self.fc2 = nn.Dense(24, n_chutes)

    def construct(self, parcel_feats, divert_flag):
        scores = self.fc2(ops.relu(self.fc1(parcel_feats)))
        best = scores.argmax(axis=-1).astype(ms.int32)
        default = ops.full_like(best, STRAIGHT_THROUGH)
        chute = ops.where(divert_flag > 0, best, default)
        return chute


def make():
    np.random.seed(22)
    feats = Tensor(np.random.randn(10, 12).astype(np.float32))
    flag = Tensor((np.random.rand(10) > 0.6).astype(np.int32))
    return BeltDivertRouter(), (feats, flag)
