# case: 3-D UNet whose config sets return_dict=False, so the SegmentationOutput branch is never taken and deep-supervision heads are returned as a flag-length tuple -> constant flag prunes the object branch, expected to compile in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UNetConfig:
    def __init__(self, in_channels=1, out_channels=2, channels=(4, 8), deep_supervision=True, return_dict=False):
        self.in_channels = in_channels
        self.out_channels = out_channels
        self.channels = channels
        self.deep_supervision = deep_supervision
        self.return_dict = return_dict


class SegmentationOutput:
    def __init__(self, logits, aux_logits=None):
        self.logits = logits
        self.aux_logits = aux_logits


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv3d(cin, cout, 3, pad_mode="same", has_bias=True)
        self.act = nn.LeakyReLU(0.1)

    def construct(self, x):
        return self.act(self.conv(x))


class BasicUNet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        c0, c1 = config.channels
        self.enc0 = ConvBlock(config.in_channels, c0)
        self.enc1 = ConvBlock(c0, c1)
        self.pool = nn.MaxPool3d(2, 2)
        self.up = nn.Conv3dTranspose(c1, c0, 2, stride=2)
        self.dec0 = ConvBlock(2 * c0, c0)
        self.head = nn.Conv3d(c0, config.out_channels, 1, has_bias=True)
        self.aux_head = nn.Conv3d(c1, config.out_channels, 1, has_bias=True)
        self.deep_supervision = config.deep_supervision
        self.return_dict = config.return_dict

    def construct(self, x):
        s0 = self.enc0(x)
        s1 = self.enc1(self.pool(s0))
        d0 = self.dec0(ops.cat((self.up(s1), s0), axis=1))
        logits = self.head(d0)
        if self.return_dict:
            return SegmentationOutput(logits, aux_logits=self.aux_head(s1))
        outputs = (logits,)
        if self.deep_supervision:
            aux = ops.interpolate(self.aux_head(s1), size=logits.shape[2:], mode="trilinear")
            outputs = outputs + (aux,)
        return outputs


def make():
    np.random.seed(5)
    x = Tensor(np.random.randn(1, 1, 8, 8, 8).astype(np.float32))
    return BasicUNet(UNetConfig()), (x,)
