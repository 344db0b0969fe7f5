# case: stroke self-attention layer keeps its last attention map on the cell (config.keep_attention defaults to True, used for visualising pen-point alignments) -> attribute of self written in construct, expect Graph mode to refuse
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AttnConfig:
    hidden_size = 16
    keep_attention = True
    dropout = 0.0


class StrokeSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        h = config.hidden_size
        self.q = nn.Dense(h, h)
        self.k = nn.Dense(h, h)
        self.v = nn.Dense(h, h)
        self.scale = h ** -0.5
        self.keep_attention = config.keep_attention
        self.last_attention = None

    def _attend(self, x, pad_mask):
        scores = ops.matmul(self.q(x), self.k(x).swapaxes(1, 2)) * self.scale
        scores = scores + (1.0 - pad_mask.expand_dims(1)) * -1e9
        return ops.softmax(scores, axis=-1)

    def construct(self, x, pad_mask):
        attn = self._attend(x, pad_mask)
        if self.keep_attention:
            self.last_attention = attn
        return ops.matmul(attn, self.v(x))


def make():
    np.random.seed(3710)
    x = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    mask = np.ones((2, 12), dtype=np.float32)
    mask[1, 7:] = 0.0
    return StrokeSelfAttention(AttnConfig()), (x, Tensor(mask))
