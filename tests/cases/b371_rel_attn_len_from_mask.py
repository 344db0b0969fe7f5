# case: relative attention trims padded events to the true sequence length read from the padding mask via int(mask.sum()) before skewing -> slice length from tensor data, Graph mode rejects or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class RelAttnConfig:
    d_model = 16
    max_rel_dist = 32
    trim_padding = True

def skew_relative_logits(qer):
    l = qer.shape[-2]
    padded = ops.pad(qer, (1, 0))
    return padded.reshape(qer.shape[0], l + 1, l)[:, 1:, :]

class SingleHeadRelativeAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.trim_padding = getattr(config, "trim_padding", False)
        self.max_rel_dist = config.max_rel_dist
        self.q = nn.Dense(config.d_model, config.d_model)
        self.k = nn.Dense(config.d_model, config.d_model)
        self.rel = ms.Parameter(Tensor(np.random.randn(config.max_rel_dist, config.d_model).astype(np.float32) * 0.02), name="rel")

    def _effective_length(self, x, pad_mask):
        if self.trim_padding and pad_mask is not None:
            return int(pad_mask[0].sum())
        return x.shape[1]

    def construct(self, x, pad_mask=None):
        n = self._effective_length(x, pad_mask)
        x = x[:, :n, :]
        q, k = self.q(x), self.k(x)
        er = self.rel[self.max_rel_dist - n:]
        srel = skew_relative_logits(ops.matmul(q, er.T))
        logits = ops.matmul(q, k.swapaxes(1, 2)) + srel
        return ops.softmax(logits, axis=-1)

def make():
    np.random.seed(3711)
    attn = SingleHeadRelativeAttention(RelAttnConfig())
    x = Tensor(np.random.randn(1, 10, 16).astype(np.float32))
    mask = np.zeros((1, 10), dtype=np.float32)
    mask[0, :7] = 1.0
    return attn, (x, Tensor(mask))
