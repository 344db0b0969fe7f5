# case: DINO multi-crop wrapper running the backbone once per group of same-resolution crops passed as a tuple of tensors, concatenating the features -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CropConfig:
    def __init__(self, n_global=2, n_local=3, feat_dim=8):
        self.n_global = n_global
        self.n_local = n_local
        self.feat_dim = feat_dim


class TinyBackbone(nn.Cell):
    def __init__(self, feat_dim):
        super().__init__()
        self.conv = nn.Conv2d(3, feat_dim, 3, pad_mode="same")

    def construct(self, x):
        return self.conv(x).mean(axis=(2, 3))


class MultiCropWrapper(nn.Cell):
    def __init__(self, backbone, head, config):
        super().__init__()
        self.backbone = backbone
        self.head = head
        self.n_global = config.n_global

    def construct(self, *crops):
        if not isinstance(crops[0], (list, tuple)) and len(crops) == 1:
            crops = (crops[0],)
        groups = (crops[:self.n_global], crops[self.n_global:])
        feats = []
        for group in groups:
            if len(group) == 0:
                continue
            batch = ops.concat(group, axis=0)
            feats.append(self.backbone(batch))
        out = ops.concat(feats, axis=0)
        return self.head(out)


def make():
    np.random.seed(3668)
    cfg = CropConfig()
    globals_ = [Tensor(np.random.randn(2, 3, 16, 16).astype(np.float32)) for _ in range(cfg.n_global)]
    locals_ = [Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32)) for _ in range(cfg.n_local)]
    net = MultiCropWrapper(TinyBackbone(cfg.feat_dim), nn.Dense(cfg.feat_dim, 4), cfg)
    return net, tuple(globals_ + locals_)
