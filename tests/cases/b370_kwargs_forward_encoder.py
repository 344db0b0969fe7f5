# case: recognizer wrapper forwards *args/**kwargs-style options from its construct to a stroke encoder whose optional mask and flags default to None -> argument forwarding resolved at compile time, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WrapperConfig:
    point_dim = 3
    hidden_size = 16
    vocab_size = 26
    normalize_inputs = False


class PenEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.point_dim, config.hidden_size, activation="relu")

    def construct(self, ink, pad_mask=None, scale=None):
        if scale is not None:
            ink = ink * scale
        h = self.proj(ink)
        if pad_mask is not None:
            h = h * pad_mask.expand_dims(-1)
        return h


class RecognizerWrapper(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.encoder = PenEncoder(config)
        self.head = nn.Dense(config.hidden_size, config.vocab_size)
        self.normalize_inputs = config.normalize_inputs

    def encode(self, *args, **kwargs):
        return self.encoder(*args, **kwargs)

    def construct(self, ink, pad_mask):
        if self.normalize_inputs:
            ink = ink / (ink.std() + 1e-6)
        hidden = self.encode(ink, pad_mask=pad_mask)
        return self.head(hidden)


def make():
    np.random.seed(3735)
    ink = Tensor(np.random.randn(2, 13, 3).astype(np.float32))
    mask = np.ones((2, 13), dtype=np.float32)
    mask[0, 10:] = 0
    return RecognizerWrapper(WrapperConfig()), (ink, Tensor(mask))
