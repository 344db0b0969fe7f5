# case: wraps the second-hand feature extraction in try/except to fall back to zeros when the hand tensor is missing -> try statement in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoHandFeatures(nn.Cell):
    def __init__(self, joints=21):
        super().__init__()
        self.joints = joints
        self.fc = nn.Dense(joints * 2 * 2, 16)

    def hand_feat(self, hand):
        wrist = hand[:, :1, :]
        return (hand - wrist).reshape(hand.shape[0], -1)

    def construct(self, left, right):
        lf = self.hand_feat(left)
        try:
            rf = self.hand_feat(right)
        except Exception:
            rf = ops.zeros_like(lf)
        return self.fc(ops.concat((lf, rf), axis=1))


def make():
    np.random.seed(14)
    left = Tensor(np.random.rand(4, 21, 2).astype(np.float32))
    right = Tensor(np.random.rand(4, 21, 2).astype(np.float32))
    return TwoHandFeatures(), (left, right)
