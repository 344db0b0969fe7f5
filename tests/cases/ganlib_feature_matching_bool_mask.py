# case: discriminator feature-matching loss over intermediate features of a mixed real/fake batch, the real rows picked with a boolean mask built from the is_real tensor -> boolean-mask indexing gives a data-dependent batch size, Graph mode should fail or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiscConfig:
    def __init__(self, channels=(3, 8, 16), feature_matching=True, fm_weight=10.0):
        self.channels = channels
        self.feature_matching = feature_matching
        self.fm_weight = fm_weight


class DownBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, stride=2, pad_mode="same")

    def construct(self, x):
        return ops.leaky_relu(self.conv(x), 0.2)


def _split_by_flag(feat, is_real):
    return feat[is_real], feat[ops.logical_not(is_real)]


class FeatureMatchingDisc(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fm = config.feature_matching
        self.fm_weight = config.fm_weight
        ch = config.channels
        self.blocks = nn.CellList([DownBlock(a, b) for a, b in zip(ch[:-1], ch[1:])])
        self.head = nn.Dense(ch[-1], 1)

    def construct(self, images, is_real):
        feats = []
        x = images
        for block in self.blocks:
            x = block(x)
            feats.append(x)
        logits = self.head(x.mean(axis=(2, 3)))
        if not self.fm:
            return logits
        fm_loss = 0.0
        for f in feats:
            real_f, fake_f = _split_by_flag(f.mean(axis=(2, 3)), is_real)
            fm_loss = fm_loss + ops.abs(real_f.mean(axis=0) - fake_f.mean(axis=0)).mean()
        return logits, fm_loss * self.fm_weight


def make():
    np.random.seed(3550)
    net = FeatureMatchingDisc(DiscConfig())
    images = Tensor(np.random.randn(6, 3, 16, 16).astype(np.float32))
    is_real = Tensor(np.array([True, True, False, True, False, False]))
    return net, (images, is_real)
