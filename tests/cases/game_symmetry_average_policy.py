# case: test-time augmentation over the 4 board rotations (transpose+flip in a constant loop), un-rotating each policy and averaging -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PolicyConv(nn.Cell):
    def __init__(self, channels=2):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, 4, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(4, 1, 1)

    def construct(self, x):
        return self.conv2(ops.relu(self.conv1(x))).squeeze(1)


class SymmetricPolicy(nn.Cell):
    def __init__(self, num_rotations=4):
        super().__init__()
        self.net = PolicyConv()
        self.num_rotations = num_rotations

    def rot90(self, x, k):
        for _ in range(k):
            x = ops.flip(ops.swapaxes(x, -1, -2), (-1,))
        return x

    def construct(self, planes):
        total = ops.zeros((planes.shape[0], planes.shape[2], planes.shape[3]), ms.float32)
        for k in range(self.num_rotations):
            logits = self.net(self.rot90(planes, k))
            total = total + self.rot90(logits, (4 - k) % 4)
        avg = total / self.num_rotations
        return ops.softmax(avg.reshape(planes.shape[0], -1), -1)


def make():
    np.random.seed(39)
    planes = Tensor(np.random.randint(0, 2, (2, 2, 5, 5)).astype(np.float32))
    return SymmetricPolicy(), (planes,)
