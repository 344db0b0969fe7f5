# case: normalises hand keypoints by per-frame palm size computed with ops.sqrt and clamped, all in tensors -> static shapes in Graph mode
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
        size = ops.sqrt((diff * diff).sum(axis=-1, keepdims=True))
        return ops.clamp(size, min=self.eps).expand_dims(-1)

    def construct(self, hand):
        centered = hand - hand[:, self.wrist:self.wrist + 1]
        return centered / self.palm_size(hand)


class NormalizedGestureNet(nn.Cell):
    def __init__(self, num_classes=15):
        super().__init__()
        self.norm = PalmNormalizer()
        self.fc = nn.Dense(63, num_classes)

    def construct(self, hand):
        x = self.norm(hand)
        return self.fc(x.reshape(x.shape[0], -1)).max(axis=0)


def make():
    np.random.seed(15)
    hand = Tensor(np.random.randn(10, 21, 3).astype(np.float32))
    return NormalizedGestureNet(), (hand,)
