# case: accepts either a single hand tensor or a (left, right) tuple, using an isinstance type guard to stack hands -> type test on constant structure, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlexibleHandInput(nn.Cell):
    def __init__(self, joints=21, hid=16):
        super().__init__()
        self.joints = joints
        self.fc = nn.Dense(joints * 3, hid)

    def encode(self, hand):
        wrist = hand[:, :, :1, :]
        x = hand - wrist
        return self.fc(x.reshape(x.shape[0], x.shape[1], -1))

    def construct(self, hands):
        # hands: (B, T, 21, 3) or a tuple of two such tensors
        if isinstance(hands, (tuple, list)):
            feats = [self.encode(h) for h in hands]
            return ops.concat(feats, axis=-1)
        return self.encode(hands)


def make():
    np.random.seed(46)
    left = Tensor(np.random.rand(2, 5, 21, 3).astype(np.float32))
    right = Tensor(np.random.rand(2, 5, 21, 3).astype(np.float32))
    return FlexibleHandInput(), ((left, right),)
