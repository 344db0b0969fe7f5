# case: logit head subclasses nn.Dense, calls super().construct() and divides by a temperature fetched with getattr(self, "temperature", 1.0), with an optional per-sample bias tested with `is None` -> all Python-level attribute logic, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, in_dim=16, num_classes=1, temperature=None, logit_clip=20.0):
        self.in_dim = in_dim
        self.num_classes = num_classes
        self.temperature = temperature
        self.logit_clip = logit_clip


class TemperatureDense(nn.Dense):
    def __init__(self, config):
        super().__init__(config.in_dim, config.num_classes)
        if config.temperature is not None:
            self.temperature = config.temperature
        self.logit_clip = config.logit_clip

    def construct(self, x, sample_bias=None):
        logits = super().construct(x) / getattr(self, "temperature", 1.0)
        if sample_bias is not None:
            logits = logits + sample_bias.expand_dims(-1)
        return ops.clip_by_value(logits, -self.logit_clip, self.logit_clip)


class WideAndDeepHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.deep = nn.SequentialCell([nn.Dense(config.in_dim, config.in_dim), nn.ReLU()])
        self.head = TemperatureDense(config)

    def construct(self, wide_logit, deep_in):
        return ops.sigmoid(self.head(self.deep(deep_in), wide_logit))


def make():
    np.random.seed(38525)
    cfg = HeadConfig()
    wide = Tensor(np.random.randn(6).astype(np.float32))
    deep = Tensor(np.random.randn(6, cfg.in_dim).astype(np.float32))
    return WideAndDeepHead(cfg), (wide, deep)
