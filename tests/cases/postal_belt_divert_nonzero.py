# case: sorting-belt router finds the parcels flagged for divert with ops.nonzero and gathers their chute scores -> nonzero count depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChuteScorer(nn.Cell):
    def __init__(self, n_feat=12, n_chutes=6):
        super().__init__()
        self.fc1 = nn.Dense(n_feat, 24)
        self.fc2 = nn.Dense(24, n_chutes)

    def construct(self, x):
        return self.fc2(ops.relu(self.fc1(x)))


class BeltDivertRouter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.scorer = ChuteScorer()

    def construct(self, parcel_feats, divert_flag):
        scores = self.scorer(parcel_feats)
        idx = ops.nonzero(divert_flag).squeeze(-1)
        diverted = ops.gather(scores, idx, 0)
        return diverted.argmax(axis=-1)


def make():
    np.random.seed(21)
    feats = Tensor(np.random.randn(10, 12).astype(np.float32))
    flag = Tensor((np.random.rand(10) > 0.6).astype(np.int32))
    return BeltDivertRouter(), (feats, flag)
