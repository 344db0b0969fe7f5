# case: concatenates left and right hand features only when the left-hand presence score (a tensor) is high, else returns right hand alone -> error in Graph mode (branches with different shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoHandFusion(nn.Cell):
    def __init__(self, joints=21, dim=3, presence_thr=0.5):
        super().__init__()
        self.feat = joints * dim
        self.presence_thr = presence_thr

    def hand_feat(self, hand):
        return hand.reshape(hand.shape[0], self.feat)

    def construct(self, left, right, left_presence):
        r = self.hand_feat(right)
        if left_presence.mean() > self.presence_thr:
            l = self.hand_feat(left)
            fused = ops.concat((l, r), axis=-1)
        else:
            fused = r
        return fused.mean(axis=0)


def make():
    np.random.seed(10)
    left = Tensor(np.random.randn(8, 21, 3).astype(np.float32))
    right = Tensor(np.random.randn(8, 21, 3).astype(np.float32))
    pres = Tensor(np.random.rand(8).astype(np.float32))
    return TwoHandFusion(), (left, right, pres)
