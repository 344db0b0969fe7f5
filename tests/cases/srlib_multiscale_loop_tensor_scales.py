# case: arbitrary-scale SR head loops over a tensor of requested scale factors, resizes the features for each and collects the outputs in a list -> loop over tensor elements with sizes from data, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ArbSRConfig:
    def __init__(self, num_feat=8, num_out_ch=3, mode="bilinear"):
        self.num_feat = num_feat
        self.num_out_ch = num_out_ch
        self.mode = mode


class ArbitraryScaleHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.conv = nn.Conv2d(config.num_feat, config.num_out_ch, 3, pad_mode="same", has_bias=True)
        self.mode = config.mode

    def _resize(self, feat, s):
        h, w = feat.shape[-2:]
        size = (int(h * s), int(w * s))
        return ops.interpolate(feat, size=size, mode=self.mode, align_corners=False)

    def construct(self, feat, scales):
        outputs = []
        for s in scales:
            outputs.append(self.conv(self._resize(feat, s)))
        return tuple(outputs)


def make():
    np.random.seed(28)
    feat = Tensor(np.random.randn(1, 8, 6, 6).astype(np.float32))
    scales = Tensor(np.array([1.5, 2.0, 3.0], np.float32))
    return ArbitraryScaleHead(ArbSRConfig()), (feat, scales)
