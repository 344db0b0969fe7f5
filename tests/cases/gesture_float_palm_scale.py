# case: normalises hand keypoints by palm size converted with float() and scaled with math.sqrt inside construct -> error in Graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PalmNormalizer(nn.Cell):
    def __init__(self, wrist=0, middle_mcp=9, eps=1e-6):
        super().__init__()
        self.wrist = wrist
        self.middle_mcp = middle_mcp
        self.eps = eps

    def palm_size(self, hand):
        diff = hand[:, self.middle_mcp] - hand[:, self.wrist]
        sq = float((diff * diff).sum(axis=-1).mean())
        return math.sqrt(sq) + self.eps

    def construct(self, hand):
        scale = self.palm_size(hand)
        centered = hand - hand[:, self.wrist:self.wrist + 1]
        return centered / scale


def make():
    np.random.seed(14)
    hand = Tensor(np.random.randn(10, 21, 3).astype(np.float32))
    return PalmNormalizer(), (hand,)
