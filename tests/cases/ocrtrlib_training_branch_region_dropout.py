# case: visual backbone drops random image regions only under `if self.training:` with a Bernoulli mask multiplied in, and the model is put in eval mode -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisualConfig:
    def __init__(self, channels=3, hidden_size=16, patch_size=4, region_drop_prob=0.1):
        self.channels = channels
        self.hidden_size = hidden_size
        self.patch_size = patch_size
        self.region_drop_prob = region_drop_prob


class VisualBackbone(nn.Cell):
    def __init__(self, config):
        super().__init__()
        p = config.patch_size
        self.stem = nn.Conv2d(config.channels, config.hidden_size, p, stride=p, pad_mode="valid", has_bias=True)
        self.keep_prob = 1.0 - config.region_drop_prob

    def _region_mask(self, feat):
        b, _, h, w = feat.shape
        mask = (ops.rand((b, 1, h, w)) < self.keep_prob).astype(feat.dtype)
        return mask / self.keep_prob

    def construct(self, pixel_values):
        feat = self.stem(pixel_values)
        if self.training:
            feat = feat * self._region_mask(feat)
        b, c = feat.shape[0], feat.shape[1]
        return feat.reshape(b, c, -1).swapaxes(1, 2)


def make():
    np.random.seed(36)
    pix = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    net = VisualBackbone(VisualConfig())
    net.set_train(False)
    return net, (pix,)
