# case: global pooling helper picks the point axis from a layout flag stored as a non-trainable Parameter, so the if on its value yields (B, C) or (B, N) results -> error or dynamic (tensor if with branches of different shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

CHANNELS_LAST = 1


class PoolConfig:
    def __init__(self, layout=CHANNELS_LAST, hidden=24):
        self.layout = layout
        self.hidden = hidden


class GlobalPool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self._init_buffers(config)

    def _init_buffers(self, config):
        self.layout = Parameter(Tensor(config.layout, ms.int32), name="layout", requires_grad=False)

    def construct(self, feats):
        if self.layout == CHANNELS_LAST:
            out = feats.max(axis=1)
        else:
            out = feats.max(axis=2)
        return out


class Backbone(nn.Cell):
    def __init__(self, config, in_channels=3):
        super().__init__()
        self.fc = nn.Dense(in_channels, config.hidden)
        self.pool = GlobalPool(config)

    def construct(self, xyz):
        return self.pool(ops.relu(self.fc(xyz)))


def make():
    np.random.seed(3501)
    xyz = Tensor(np.random.rand(2, 40, 3).astype(np.float32))
    return Backbone(PoolConfig()), (xyz,)
