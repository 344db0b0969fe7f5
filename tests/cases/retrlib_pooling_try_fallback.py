# case: pooler tries attention-weighted pooling and falls back to cls pooling in an except clause -> try/except in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnPoolConfig:
    hidden_size = 16
    pooling = "attention"


class AttentionPooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.query = nn.Dense(config.hidden_size, 1, has_bias=False)
        self.pooling = getattr(config, "pooling", "cls")

    def _attention_pool(self, hidden, mask):
        logits = self.query(hidden).squeeze(-1)
        logits = logits + (1.0 - mask.astype(logits.dtype)) * -1e4
        w = ops.softmax(logits, axis=-1).expand_dims(-1)
        return (hidden * w).sum(axis=1)

    def construct(self, hidden, mask):
        if self.pooling == "attention":
            try:
                return self._attention_pool(hidden, mask)
            except ValueError:
                return hidden[:, 0]
        return hidden[:, 0]


def make():
    np.random.seed(26)
    h = Tensor(np.random.randn(3, 6, 16).astype(np.float32))
    m = Tensor((np.arange(6)[None] < np.array([[6], [3], [4]])).astype(np.int32))
    return AttentionPooler(AttnPoolConfig()), (h, m)
