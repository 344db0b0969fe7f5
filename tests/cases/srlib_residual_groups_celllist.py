# case: RCAN-style body iterating residual groups and per-group learnable scales with enumerate(zip(CellList, ...)), optional long skip by config -> loop over cells, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RCANConfig:
    def __init__(self, num_feat=8, num_groups=3, num_blocks=2, reduction=4, long_skip=True):
        self.num_feat = num_feat
        self.num_groups = num_groups
        self.num_blocks = num_blocks
        self.reduction = reduction
        self.long_skip = long_skip


class ChannelAttention(nn.Cell):
    def __init__(self, num_feat, reduction):
        super().__init__()
        self.fc1 = nn.Conv2d(num_feat, num_feat // reduction, 1, has_bias=True)
        self.fc2 = nn.Conv2d(num_feat // reduction, num_feat, 1, has_bias=True)

    def construct(self, x):
        y = x.mean(axis=(2, 3), keep_dims=True)
        return x * ops.sigmoid(self.fc2(ops.relu(self.fc1(y))))


class ResidualGroup(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.blocks = nn.SequentialCell([ChannelAttention(config.num_feat, config.reduction)
                                         for _ in range(config.num_blocks)])
        self.conv = nn.Conv2d(config.num_feat, config.num_feat, 3, pad_mode="same", has_bias=True)

    def construct(self, x):
        return self.conv(self.blocks(x))


class RCANBody(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.groups = nn.CellList([ResidualGroup(config) for _ in range(config.num_groups)])
        self._init_scales(config.num_groups)
        self.long_skip = config.long_skip

    def _init_scales(self, n):
        self.group_scales = nn.CellList([nn.Dense(1, 1, has_bias=False) for _ in range(n)])
        self.skip_scale = Parameter(Tensor(np.ones((1,), np.float32)), name="skip_scale")

    def construct(self, x):
        res = x
        for idx, (group, scale) in enumerate(zip(self.groups, self.group_scales)):
            res = res + group(res) * scale.weight.reshape(()) / (idx + 1)
        return res + x * self.skip_scale if self.long_skip else res


def make():
    np.random.seed(12)
    x = Tensor(np.random.randn(1, 8, 6, 6).astype(np.float32))
    return RCANBody(RCANConfig()), (x,)
