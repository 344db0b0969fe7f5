# case: masked average pooling of object features into foreground/background prototypes by multiplying with the soft mask and dividing by its area -> mask used arithmetically, static shapes; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrototypeConfig:
    def __init__(self, feat_dim=16, proto_dim=8, with_background=True, eps=1e-5):
        self.feat_dim = feat_dim
        self.proto_dim = proto_dim
        self.with_background = with_background
        self.eps = eps


def masked_average(feat, mask, eps):
    # feat: O, C, H, W ; mask: O, H, W
    m = mask.expand_dims(1)
    return (feat * m).sum(axis=(2, 3)) / (m.sum(axis=(2, 3)) + eps)


class PrototypeProjector(nn.Dense):
    def __init__(self, in_dim, out_dim):
        super().__init__(in_dim, out_dim, has_bias=False)

    def construct(self, x):
        y = super().construct(x)
        return y / ops.sqrt((y * y).sum(axis=-1, keepdims=True) + 1e-6)


class ObjectPrototypes(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.with_background = config.with_background
        self.eps = config.eps
        self.proj = PrototypeProjector(config.feat_dim, config.proto_dim)

    def construct(self, feats, masks):
        fg = self.proj(masked_average(feats, masks, self.eps))
        if not self.with_background:
            return (fg,)
        bg = self.proj(masked_average(feats, 1.0 - masks, self.eps))
        return fg, bg


def make():
    np.random.seed(3893)
    feats = Tensor(np.random.randn(2, 16, 6, 6).astype(np.float32))
    masks = Tensor((np.random.rand(2, 6, 6) > 0.6).astype(np.float32))
    return ObjectPrototypes(PrototypeConfig()), (feats, masks)
