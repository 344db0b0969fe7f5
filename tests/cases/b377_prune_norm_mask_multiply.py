# case: channel pruner derives a keep-mask from filter L2 norms in construct and applies it by multiplication (mask cast to float, reshaped to N,C,1,1) -> expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PruneConfig:
    def __init__(self, in_channels=4, out_channels=8, sparsity=0.5, soft_mask=False):
        self.in_channels = in_channels
        self.out_channels = out_channels
        self.sparsity = sparsity
        self.soft_mask = soft_mask


class NormMaskMixin:
    def _channel_mask(self, weight):
        flat = weight.reshape(weight.shape[0], -1)
        norms = ops.sqrt((flat * flat).sum(axis=1))
        thresh = norms.mean() * self.sparsity
        if self.soft_mask:
            return ops.sigmoid((norms - thresh) * 10.0)
        return (norms > thresh).astype(ms.float32)


class MaskedConvBlock(nn.Cell, NormMaskMixin):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv2d(config.in_channels, config.out_channels, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(config.out_channels)
        self.sparsity = config.sparsity
        self.soft_mask = config.soft_mask

    def construct(self, x):
        y = self.bn(self.conv(x))
        mask = self._channel_mask(self.conv.weight)
        y = y * mask.reshape(1, -1, 1, 1)
        return ops.relu(y)


def make():
    np.random.seed(3774)
    cell = MaskedConvBlock(PruneConfig())
    cell.set_train(False)
    x = Tensor(np.random.randn(2, 4, 6, 6).astype(np.float32))
    return cell, (x,)
