# case: SR model returns a @ms.jit_class output object built in construct and then fills its optional intermediate-feature field -> jit_class instance created and mutated in construct, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SRConfig:
    def __init__(self, num_feat=8, upscale=2, return_dict=True, output_features=True):
        self.num_feat = num_feat
        self.upscale = upscale
        self.return_dict = return_dict
        self.output_features = output_features


@ms.jit_class
class SROutput:
    def __init__(self, sr, features=None):
        self.sr = sr
        self.features = features


class CompactSR(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.head = nn.Conv2d(3, config.num_feat, 3, pad_mode="same", has_bias=True)
        self.body = nn.Conv2d(config.num_feat, config.num_feat, 3, pad_mode="same", has_bias=True)
        self.up = nn.SequentialCell([nn.Conv2d(config.num_feat, 3 * config.upscale ** 2, 3, pad_mode="same",
                                               has_bias=True), nn.PixelShuffle(config.upscale)])
        self.return_dict = config.return_dict
        self.output_features = config.output_features

    def construct(self, lq):
        feat = self.head(lq)
        deep = feat + ops.relu(self.body(feat))
        sr = self.up(deep)
        if not self.return_dict:
            return (sr, deep) if self.output_features else (sr,)
        out = SROutput(sr)
        if self.output_features:
            out.features = deep
        return out.sr, out.features


def make():
    np.random.seed(15)
    lq = Tensor(np.random.rand(1, 3, 6, 6).astype(np.float32))
    return CompactSR(SRConfig()), (lq,)
