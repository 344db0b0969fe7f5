# case: channel pruner computes L1 norms of the conv filters in construct and keeps only channels above a threshold by boolean-mask indexing the feature map -> expected dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PruneConfig:
    def __init__(self, in_channels=4, out_channels=8, threshold=1.0, norm_type="l1"):
        self.in_channels = in_channels
        self.out_channels = out_channels
        self.threshold = threshold
        self.norm_type = norm_type


def filter_norm(weight, norm_type="l1"):
    flat = weight.reshape(weight.shape[0], -1)
    if norm_type == "l1":
        return ops.abs(flat).mean(axis=1)
    return ops.sqrt((flat * flat).mean(axis=1))


class PrunedConvBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv2d(config.in_channels, config.out_channels, 3, pad_mode="same")
        self.act = nn.ReLU()
        self.threshold = config.threshold
        self.norm_type = config.norm_type

    def construct(self, x):
        y = self.act(self.conv(x))
        norms = filter_norm(self.conv.weight, self.norm_type)
        keep = norms > norms.mean() * self.threshold
        pruned = y[:, keep]
        return pruned.mean(axis=(2, 3))


def make():
    np.random.seed(3773)
    cell = PrunedConvBlock(PruneConfig())
    x = Tensor(np.random.randn(2, 4, 6, 6).astype(np.float32))
    return cell, (x,)
