# case: enhancer reads its mask type, compression exponent and floor from a config dict stored at construction time and picks the activation by string compare -> constant dict and string flags, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_CFG = {"mask_type": "irm", "compress": 0.3, "mask_floor": 0.02, "n_bins": 16}


class ConfigurableEnhancer(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = dict(DEFAULT_CFG if cfg is None else cfg)
        self.mask_type = self.cfg["mask_type"]
        self.compress = self.cfg["compress"]
        self.floor = self.cfg["mask_floor"]
        self.net = nn.Dense(self.cfg["n_bins"], self.cfg["n_bins"])

    def construct(self, mag):
        feats = ops.pow(mag + 1e-8, self.compress)
        logits = self.net(feats)
        if self.mask_type == "irm":
            mask = ops.sigmoid(logits)
        elif self.mask_type == "psm":
            mask = ops.clamp(ops.tanh(logits) + 1.0, 0.0, 2.0)
        else:
            mask = ops.softplus(logits)
        mask = ops.maximum(mask, ops.full_like(mask, self.floor))
        return mag * mask


def make():
    np.random.seed(39)
    mag = np.abs(np.random.randn(2, 10, 16)).astype(np.float32)
    return ConfigurableEnhancer(), (Tensor(mag),)
