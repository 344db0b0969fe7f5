# case: clip head wrapper forwards *args/**kwargs to a base head's construct via super(), with an optional temperature keyword defaulting to None -> argument forwarding only, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadConfig:
    def __init__(self, in_dim=16, num_classes=7, default_temperature=1.0):
        self.in_dim = in_dim
        self.num_classes = num_classes
        self.default_temperature = default_temperature


class BaseClipHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc = nn.Dense(config.in_dim, config.num_classes)
        self.default_temperature = config.default_temperature

    def construct(self, clip_feats, temperature=None, return_probs=False):
        logits = self.fc(clip_feats.mean(axis=1))
        t = self.default_temperature if temperature is None else temperature
        logits = logits / t
        return ops.softmax(logits, axis=-1) if return_probs else logits


class CalibratedClipHead(BaseClipHead):
    def __init__(self, config, *args, **kwargs):
        super().__init__(config, *args, **kwargs)
        self.bias_correction = ms.Parameter(Tensor(np.zeros((config.num_classes,), np.float32)), name="bias_correction")

    def construct(self, clip_feats, *args, **kwargs):
        out = super().construct(clip_feats, *args, **kwargs)
        return out + self.bias_correction


def make():
    np.random.seed(137)
    feats = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    return CalibratedClipHead(HeadConfig()), (feats, 2.0)
