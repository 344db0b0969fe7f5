# case: stroke attention layer would stash its attention map on self for visualisation, but config.keep_attention defaults to False and is never enabled -> the self-attribute write sits in a never-taken constant branch, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnConfig:
    def __init__(self, hidden_size=16, keep_attention=False, temperature=None):
        self.hidden_size = hidden_size
        self.keep_attention = keep_attention
        self.temperature = temperature


class StrokeAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        h = config.hidden_size
        self.qk = nn.Dense(h, 2 * h, has_bias=False)
        self.v = nn.Dense(h, h)
        self.keep_attention = config.keep_attention
        self.temperature = config.temperature if config.temperature is not None else h ** 0.5
        self.attention_probs = None

    def construct(self, x, pad_mask):
        q, k = ops.chunk(self.qk(x), 2, axis=-1)
        scores = ops.matmul(q, k.swapaxes(1, 2)) / getattr(self, "temperature", 1.0)
        scores = scores - 1e9 * (1.0 - pad_mask.expand_dims(1))
        probs = ops.softmax(scores, axis=-1)
        if self.keep_attention:
            self.attention_probs = probs
        return ops.matmul(probs, self.v(x))


def make():
    np.random.seed(3730)
    x = Tensor(np.random.randn(2, 11, 16).astype(np.float32))
    mask = np.ones((2, 11), dtype=np.float32)
    mask[0, 8:] = 0.0
    return StrokeAttention(AttnConfig()), (x, Tensor(mask))
