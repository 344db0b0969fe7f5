# case: Upsample block built from config.scale (log2 stages of conv+PixelShuffle for powers of two, one x3 stage otherwise), lightweight 'pixelshuffledirect' branch unused -> structure fixed at init, expected static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SRConfig:
    def __init__(self, upscale=4, num_feat=8, num_out_ch=3, upsampler="pixelshuffle"):
        self.upscale = upscale
        self.num_feat = num_feat
        self.num_out_ch = num_out_ch
        self.upsampler = upsampler


class Upsample(nn.SequentialCell):
    def __init__(self, scale, num_feat):
        m = []
        if (scale & (scale - 1)) == 0:
            for _ in range(int(math.log(scale, 2))):
                m.append(nn.Conv2d(num_feat, 4 * num_feat, 3, pad_mode="same", has_bias=True))
                m.append(nn.PixelShuffle(2))
        elif scale == 3:
            m.append(nn.Conv2d(num_feat, 9 * num_feat, 3, pad_mode="same", has_bias=True))
            m.append(nn.PixelShuffle(3))
        else:
            raise ValueError(f"scale {scale} is not supported. Supported scales: 2^n and 3.")
        super().__init__(m)


class UpsampleOneStep(nn.SequentialCell):
    def __init__(self, scale, num_feat, num_out_ch):
        super().__init__([nn.Conv2d(num_feat, scale ** 2 * num_out_ch, 3, pad_mode="same", has_bias=True),
                          nn.PixelShuffle(scale)])


class SRTail(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.upsampler = config.upsampler
        if self.upsampler == "pixelshuffle":
            self.upsample = Upsample(config.upscale, config.num_feat)
            self.conv_last = nn.Conv2d(config.num_feat, config.num_out_ch, 3, pad_mode="same", has_bias=True)
        else:
            self.upsample = UpsampleOneStep(config.upscale, config.num_feat, config.num_out_ch)

    def construct(self, feat):
        if self.upsampler == "pixelshuffle":
            return self.conv_last(self.upsample(feat))
        return self.upsample(feat)


def make():
    np.random.seed(4)
    feat = Tensor(np.random.randn(1, 8, 6, 6).astype(np.float32))
    return SRTail(SRConfig()), (feat,)
