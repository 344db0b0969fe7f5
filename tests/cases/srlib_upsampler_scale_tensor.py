# case: pixel-shuffle upsampler picks the number of x2 stages from a scale tensor passed with the batch -> loop count from tensor value, expected dynamic/error
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UpsamplerConfig:
    def __init__(self, num_feat=8, num_out_ch=3, max_scale=4):
        self.num_feat = num_feat
        self.num_out_ch = num_out_ch
        self.max_scale = max_scale


class ShuffleStage(nn.Cell):
    def __init__(self, num_feat):
        super().__init__()
        self.conv = nn.Conv2d(num_feat, 4 * num_feat, 3, pad_mode="same", has_bias=True)
        self.shuffle = nn.PixelShuffle(2)

    def construct(self, x):
        return self.shuffle(self.conv(x))


class DynamicScaleUpsampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        n_max = int(math.log2(config.max_scale))
        self.stages = nn.CellList([ShuffleStage(config.num_feat) for _ in range(n_max)])
        self.conv_last = nn.Conv2d(config.num_feat, config.num_out_ch, 3, pad_mode="same", has_bias=True)

    def _num_stages(self, scale):
        return int(math.log2(scale.item()))

    def construct(self, feat, scale):
        for i in range(self._num_stages(scale)):
            feat = self.stages[i](feat)
        return self.conv_last(feat)


def make():
    np.random.seed(3)
    feat = Tensor(np.random.randn(1, 8, 6, 6).astype(np.float32))
    scale = Tensor(2, ms.int32)
    return DynamicScaleUpsampler(UpsamplerConfig()), (feat, scale)
