# case: network reads board size, action count and value scale from a plain Python GameConfig object kept on the cell and used in construct -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GameConfig:
    def __init__(self, board_size=4, num_channels=2, value_scale=1.0):
        self.board_size = board_size
        self.num_channels = num_channels
        self.num_actions = board_size * board_size
        self.value_scale = value_scale


class ConfiguredNet(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.cfg = cfg
        in_features = cfg.num_channels * cfg.board_size * cfg.board_size
        self.policy = nn.Dense(in_features, cfg.num_actions)
        self.value = nn.Dense(in_features, 1)

    def construct(self, planes):
        x = planes.reshape(-1, self.cfg.num_channels * self.cfg.board_size * self.cfg.board_size)
        policy = ops.softmax(self.policy(x), -1).reshape(-1, self.cfg.board_size, self.cfg.board_size)
        value = self.cfg.value_scale * ops.tanh(self.value(x))
        return policy, value


def make():
    np.random.seed(38)
    planes = Tensor(np.random.randint(0, 2, (2, 2, 4, 4)).astype(np.float32))
    return ConfiguredNet(GameConfig()), (planes,)
