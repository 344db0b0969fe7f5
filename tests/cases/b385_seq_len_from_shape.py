# case: positional encoding for behaviour sequences slices a precomputed position table with seq_len = int(hist.shape[1]) and builds a causal mask of that size; looks like a data-derived length but is a shape -> expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, TruncatedNormal


class PosConfig:
    def __init__(self, emb_dim=8, max_positions=32, causal=True, dropout=0.0):
        self.emb_dim = emb_dim
        self.max_positions = max_positions
        self.causal = causal
        self.dropout = dropout


class BehaviourPositionalAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.causal = config.causal
        self._create_position_table(config)
        self.dropout = nn.Dropout(p=config.dropout) if config.dropout > 0 else None

    def _create_position_table(self, config):
        self.pos_table = Parameter(initializer(TruncatedNormal(0.02), (config.max_positions, config.emb_dim),
                                               ms.float32), name="pos_table")

    def construct(self, hist, mask):
        seq_len = int(hist.shape[1])
        x = hist + self.pos_table[:seq_len].expand_dims(0)
        scores = ops.matmul(x, x.swapaxes(1, 2)) * (x.shape[-1] ** -0.5)
        allowed = mask.expand_dims(1) > 0
        if self.causal:
            tri = ops.tril(ops.ones((seq_len, seq_len), ms.float32)) > 0
            allowed = ops.logical_and(allowed, tri.expand_dims(0))
        scores = ops.where(allowed, scores, ops.full_like(scores, -1e9))
        weights = ops.softmax(scores, axis=-1)
        if self.dropout is not None:
            weights = self.dropout(weights)
        return ops.matmul(weights, x)


def make():
    np.random.seed(38540)
    cfg = PosConfig()
    mask = (np.arange(6)[None, :] < np.array([[6], [4], [1]])).astype(np.float32)
    hist = Tensor(np.random.randn(3, 6, cfg.emb_dim).astype(np.float32))
    return BehaviourPositionalAttention(cfg), (hist, Tensor(mask))
