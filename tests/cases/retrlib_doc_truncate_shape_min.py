# case: ColBERT doc side truncates to min(seq_len, config.doc_maxlen) before max-sim; the bound comes from the static shape and a config int -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LateInteractionConfig:
    def __init__(self, hidden_size=16, dim=8, doc_maxlen=6, query_maxlen=None):
        self.hidden_size = hidden_size
        self.dim = dim
        self.doc_maxlen = doc_maxlen
        self.query_maxlen = query_maxlen


class LateInteraction(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.dim, has_bias=False)
        self.doc_maxlen = config.doc_maxlen
        self.query_maxlen = config.query_maxlen

    def _truncate(self, hidden, mask, limit):
        if limit is None:
            return hidden, mask
        keep = min(hidden.shape[1], limit)
        return hidden[:, :keep], mask[:, :keep]

    def construct(self, q_hidden, d_hidden, d_mask):
        q_hidden, _ = self._truncate(q_hidden, q_hidden[..., 0], self.query_maxlen)
        d_hidden, d_mask = self._truncate(d_hidden, d_mask, self.doc_maxlen)
        q = self.proj(q_hidden)
        d = self.proj(d_hidden) * d_mask.expand_dims(-1).astype(q.dtype)
        sim = ops.matmul(q, d.swapaxes(-1, -2))
        return sim.max(axis=-1).sum(axis=-1)


def make():
    np.random.seed(29)
    qh = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    dh = Tensor(np.random.randn(2, 9, 16).astype(np.float32))
    dm = Tensor((np.arange(9)[None] < np.array([[9], [4]])).astype(np.int32))
    return LateInteraction(LateInteractionConfig()), (qh, dh, dm)
