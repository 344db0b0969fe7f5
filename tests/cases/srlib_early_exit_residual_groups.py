# case: residual groups applied until the update magnitude falls below a tolerance (adaptive depth at test time), group picked by loop counter from CellList -> while on tensor value with CellList indexing, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RGConfig:
    def __init__(self, num_feat=8, num_groups=4, tol=1e-2, res_scale=0.2):
        self.num_feat = num_feat
        self.num_groups = num_groups
        self.tol = tol
        self.res_scale = res_scale


class ResidualGroup(nn.Cell):
    def __init__(self, num_feat, res_scale):
        super().__init__()
        self.conv1 = nn.Conv2d(num_feat, num_feat, 3, pad_mode="same", has_bias=True)
        self.conv2 = nn.Conv2d(num_feat, num_feat, 3, pad_mode="same", has_bias=True)
        self.res_scale = res_scale

    def construct(self, x):
        return self.conv2(ops.relu(self.conv1(x))) * self.res_scale


class AdaptiveDepthBody(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.groups = nn.CellList([ResidualGroup(config.num_feat, config.res_scale) for _ in range(config.num_groups)])
        self.num_groups = config.num_groups
        self.tol = config.tol

    def construct(self, feat):
        i = 0
        delta = ops.ones((), ms.float32)
        while i < self.num_groups and delta > self.tol:
            update = self.groups[i](feat)
            feat = feat + update
            delta = ops.abs(update).mean()
            i += 1
        return feat


def make():
    np.random.seed(11)
    feat = Tensor(np.random.randn(1, 8, 6, 6).astype(np.float32))
    return AdaptiveDepthBody(RGConfig()), (feat,)
