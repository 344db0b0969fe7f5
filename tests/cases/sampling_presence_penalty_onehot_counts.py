# case: OpenAI-style presence and frequency penalties from one-hot token counts over a fixed vocab, applied with a float presence mask -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PenaltyConfig:
    def __init__(self, presence=0.4, frequency=0.1):
        self.presence = presence
        self.frequency = frequency


class OpenAIPenalties(nn.Cell):
    def __init__(self, vocab_size, config=None):
        super().__init__()
        cfg = config if config is not None else PenaltyConfig()
        self.vocab_size = vocab_size
        self.presence = cfg.presence
        self.frequency = cfg.frequency

    def construct(self, logits, output_ids):
        onehot = ops.one_hot(output_ids, self.vocab_size, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = onehot.sum(axis=1)
        present = (counts > 0).astype(logits.dtype)
        return logits - self.frequency * counts - self.presence * present


def make():
    np.random.seed(9)
    logits = Tensor(np.random.randn(3, 18).astype(np.float32))
    out_ids = Tensor(np.random.randint(0, 18, size=(3, 7)).astype(np.int32))
    return OpenAIPenalties(18, PenaltyConfig(0.6, 0.3)), (logits, out_ids)
