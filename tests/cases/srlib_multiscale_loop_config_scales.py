# case: multi-scale SR head loops over the scale factors listed in config (a tuple of Python numbers), resizes features and returns a tuple, optionally with the features -> constant loop and sizes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiScaleConfig:
    def __init__(self, num_feat=8, num_out_ch=3, scales=(1.5, 2, 3), mode="bilinear", return_features=False):
        self.num_feat = num_feat
        self.num_out_ch = num_out_ch
        self.scales = scales
        self.mode = mode
        self.return_features = return_features


def scaled_size(size, s):
    return tuple(int(round(d * s)) for d in size)


class MultiScaleHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scales = tuple(config.scales)
        self.convs = nn.CellList([nn.Conv2d(config.num_feat, config.num_out_ch, 3, pad_mode="same", has_bias=True)
                                  for _ in self.scales])
        self.mode = config.mode
        self.return_features = config.return_features

    def construct(self, feat):
        size = feat.shape[-2:]
        outputs = []
        for s, conv in zip(self.scales, self.convs):
            up = ops.interpolate(feat, size=scaled_size(size, s), mode=self.mode, align_corners=False)
            outputs.append(conv(up))
        outputs = tuple(outputs)
        return outputs + (feat,) if self.return_features else outputs


def make():
    np.random.seed(29)
    feat = Tensor(np.random.randn(1, 8, 6, 6).astype(np.float32))
    return MultiScaleHead(MultiScaleConfig()), (feat,)
