# case: 3-D UNet with deep supervision returns a plain SegmentationOutput object when return_dict is on (the default) -> plain Python class built and returned in construct, expected to fail in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UNetConfig:
    def __init__(self, in_channels=1, out_channels=2, channels=(4, 8), deep_supervision=True, return_dict=True):
        self.in_channels = in_channels
        self.out_channels = out_channels
        self.channels = channels
        self.deep_supervision = deep_supervision
        self.return_dict = return_dict


class SegmentationOutput:
    def __init__(self, logits, aux_logits=None):
        self.logits = logits
        self.aux_logits = aux_logits


def conv_block(cin, cout):
    return nn.SequentialCell([nn.Conv3d(cin, cout, 3, pad_mode="same", has_bias=True), nn.ReLU()])


class BasicUNet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        c0, c1 = config.channels
        self.enc0 = conv_block(config.in_channels, c0)
        self.enc1 = conv_block(c0, c1)
        self.pool = nn.MaxPool3d(2, 2)
        self.up = nn.Conv3dTranspose(c1, c0, 2, stride=2)
        self.dec0 = conv_block(2 * c0, c0)
        self.head = nn.Conv3d(c0, config.out_channels, 1, has_bias=True)
        self.aux_head = nn.Conv3d(c1, config.out_channels, 1, has_bias=True)
        self.deep_supervision = config.deep_supervision
        self.return_dict = config.return_dict

    def construct(self, x):
        s0 = self.enc0(x)
        s1 = self.enc1(self.pool(s0))
        d0 = self.dec0(ops.cat((self.up(s1), s0), axis=1))
        logits = self.head(d0)
        aux = self.aux_head(s1) if self.deep_supervision else None
        if not self.return_dict:
            return (logits,) + ((aux,) if aux is not None else ())
        return SegmentationOutput(logits, aux_logits=aux)


def make():
    np.random.seed(4)
    x = Tensor(np.random.randn(1, 1, 8, 8, 8).astype(np.float32))
    return BasicUNet(UNetConfig()), (x,)
