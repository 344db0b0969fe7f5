# case: small residual tower with policy and value heads; value head skipped by a Python bool constructor flag -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResBlock(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(channels, channels, 3, pad_mode="same")

    def construct(self, x):
        return ops.relu(x + self.conv2(ops.relu(self.conv1(x))))


class AlphaZeroNet(nn.Cell):
    def __init__(self, board_size=5, channels=8, num_blocks=2, use_value_head=True):
        super().__init__()
        self.stem = nn.Conv2d(3, channels, 3, pad_mode="same")
        self.tower = nn.SequentialCell([ResBlock(channels) for _ in range(num_blocks)])
        self.policy_conv = nn.Conv2d(channels, 2, 1)
        self.policy_fc = nn.Dense(2 * board_size * board_size, board_size * board_size + 1)
        self.value_fc = nn.Dense(channels * board_size * board_size, 1)
        self.use_value_head = use_value_head

    def construct(self, planes):
        x = self.tower(ops.relu(self.stem(planes)))
        policy_logits = self.policy_fc(self.policy_conv(x).reshape(x.shape[0], -1))
        if self.use_value_head:
            value = ops.tanh(self.value_fc(x.reshape(x.shape[0], -1)))
            return policy_logits, value
        return policy_logits, ops.zeros((x.shape[0], 1), ms.float32)


def make():
    np.random.seed(25)
    planes = Tensor(np.random.randint(0, 2, (2, 3, 5, 5)).astype(np.float32))
    return AlphaZeroNet(), (planes,)
