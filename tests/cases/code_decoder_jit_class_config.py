# case: decoder reads scaling constants from an @ms.jit_class config object stored on the Cell -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class DecodeConfig:
    def __init__(self, temperature=0.7, label_smoothing=0.1, vocab_size=12):
        self.temperature = temperature
        self.label_smoothing = label_smoothing
        self.vocab_size = vocab_size

    def smooth(self, probs):
        return probs * (1.0 - self.label_smoothing) + self.label_smoothing / self.vocab_size


class TokenDecoderHead(nn.Cell):
    def __init__(self, hidden=16, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else DecodeConfig()
        self.proj = nn.Dense(hidden, 12)

    def construct(self, h):
        logits = self.proj(h) / self.cfg.temperature
        probs = ops.softmax(logits, axis=-1)
        return self.cfg.smooth(probs)


def make():
    np.random.seed(0)
    h = Tensor(np.random.randn(3, 16).astype(np.float32))
    return TokenDecoderHead(), (h,)
