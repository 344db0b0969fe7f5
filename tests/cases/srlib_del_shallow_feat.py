# case: EDSR-style model frees the shallow features with `del` after the long skip connection to save memory at inference -> del statement in construct, expected error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EDSRConfig:
    def __init__(self, num_feat=8, num_blocks=2, res_scale=0.1, upscale=2):
        self.num_feat = num_feat
        self.num_blocks = num_blocks
        self.res_scale = res_scale
        self.upscale = upscale


class ResBlockNoBN(nn.Cell):
    def __init__(self, num_feat, res_scale):
        super().__init__()
        self.conv1 = nn.Conv2d(num_feat, num_feat, 3, pad_mode="same", has_bias=True)
        self.conv2 = nn.Conv2d(num_feat, num_feat, 3, pad_mode="same", has_bias=True)
        self.res_scale = res_scale

    def construct(self, x):
        return x + self.conv2(ops.relu(self.conv1(x))) * self.res_scale


class EDSR(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv_first = nn.Conv2d(3, config.num_feat, 3, pad_mode="same", has_bias=True)
        self.body = nn.SequentialCell([ResBlockNoBN(config.num_feat, config.res_scale) for _ in range(config.num_blocks)])
        self.conv_after_body = nn.Conv2d(config.num_feat, config.num_feat, 3, pad_mode="same", has_bias=True)
        self.upsample = nn.SequentialCell([
            nn.Conv2d(config.num_feat, config.num_feat * config.upscale ** 2, 3, pad_mode="same", has_bias=True),
            nn.PixelShuffle(config.upscale)])
        self.conv_last = nn.Conv2d(config.num_feat, 3, 3, pad_mode="same", has_bias=True)

    def construct(self, x):
        shallow = self.conv_first(x)
        res = self.conv_after_body(self.body(shallow))
        res = res + shallow
        del shallow
        return self.conv_last(self.upsample(res))


def make():
    np.random.seed(34)
    x = Tensor(np.random.rand(1, 3, 6, 6).astype(np.float32))
    return EDSR(EDSRConfig()), (x,)
