# case: per-object foreground prototype pooled with ops.masked_select over the object mask before projecting it -> masked_select output length depends on the mask; dynamic shape expected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrototypeConfig:
    def __init__(self, feat_dim=16, proto_dim=8, mask_thresh=0.5, normalize=True):
        self.feat_dim = feat_dim
        self.proto_dim = proto_dim
        self.mask_thresh = mask_thresh
        self.normalize = normalize


def l2_normalize(x, axis=-1, eps=1e-6):
    return x / (ops.sqrt((x * x).sum(axis=axis, keepdims=True)) + eps)


class ForegroundPrototype(nn.Cell):
    def __init__(self, config, proj=None):
        super().__init__()
        self.mask_thresh = config.mask_thresh
        self.normalize = config.normalize
        self.proj = proj if proj is not None else nn.Dense(config.feat_dim, config.proto_dim)

    def _pool(self, feat, mask):
        # feat: C, HW   mask: HW
        sel = mask.expand_dims(0).broadcast_to(feat.shape) > self.mask_thresh
        fg = ops.masked_select(feat, sel).reshape(feat.shape[0], -1)
        return fg.mean(axis=1)

    def construct(self, feats, masks):
        num_obj, c = feats.shape[0], feats.shape[1]
        protos = [self._pool(feats[i].reshape(c, -1), masks[i].reshape(-1)) for i in range(num_obj)]
        protos = self.proj(ops.stack(protos))
        if self.normalize:
            protos = l2_normalize(protos)
        return protos


def make():
    np.random.seed(3873)
    cfg = PrototypeConfig()
    feats = Tensor(np.random.randn(2, 16, 6, 6).astype(np.float32))
    m = np.zeros((2, 6, 6), dtype=np.float32)
    m[0, 1:4, 1:4] = 1.0
    m[1, 2:6, 0:3] = 1.0
    return ForegroundPrototype(cfg), (feats, Tensor(m))
