# case: chooses one-hand or two-hand input width from a Python bool constructor flag checked in construct -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HandConfig:
    def __init__(self, joints=21, dim=2, use_both_hands=True):
        self.joints = joints
        self.dim = dim
        self.use_both_hands = use_both_hands

    @property
    def input_width(self):
        hands = 2 if self.use_both_hands else 1
        return hands * self.joints * self.dim


class SignClassifier(nn.Cell):
    def __init__(self, cfg, num_classes=20):
        super().__init__()
        self.use_both_hands = cfg.use_both_hands
        self.fc = nn.Dense(cfg.input_width, num_classes)

    def construct(self, left, right):
        t = right.shape[0]
        if self.use_both_hands:
            x = ops.concat((left.reshape(t, -1), right.reshape(t, -1)), axis=-1)
        else:
            x = right.reshape(t, -1)
        return self.fc(x).mean(axis=0)


def make():
    np.random.seed(12)
    left = Tensor(np.random.randn(9, 21, 2).astype(np.float32))
    right = Tensor(np.random.randn(9, 21, 2).astype(np.float32))
    return SignClassifier(HandConfig(use_both_hands=True)), (left, right)
