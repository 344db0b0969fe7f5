# case: multi-head attention pooling over padded transactions using masked_fill and mask multiplication, heads iterated with zip over a CellList -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolingConfig:
    def __init__(self, hidden=16, num_heads=2, dropout=0.0, output_attentions=True):
        self.hidden = hidden
        self.num_heads = num_heads
        self.dropout = dropout
        self.output_attentions = output_attentions


class AttentionPoolingHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.queries = nn.CellList([nn.Dense(config.hidden, 1) for _ in range(config.num_heads)])
        self.scales = tuple(1.0 / (i + 1) for i in range(config.num_heads))
        self.output_attentions = config.output_attentions
        self.out = nn.Dense(config.hidden * config.num_heads, config.hidden)

    def _attend(self, query, h, pad):
        logits = query(h).squeeze(-1)
        logits = ops.masked_fill(logits, pad, -1e9)
        return ops.softmax(logits, axis=-1)

    def construct(self, h, txn_mask):
        pad = txn_mask < 0.5
        pooled, attns = [], []
        for query, scale in zip(self.queries, self.scales):
            w = self._attend(query, h, pad) * txn_mask
            w = w / (w.sum(axis=-1, keepdims=True) + 1e-9)
            pooled.append(scale * (w.expand_dims(-1) * h).sum(axis=1))
            attns.append(w)
        out = self.out(ops.concat(pooled, axis=-1))
        outputs = (out,) + (ops.stack(attns, axis=1),) if self.output_attentions else (out,)
        return outputs


def make():
    np.random.seed(3771)
    h = np.random.randn(4, 10, 16).astype(np.float32)
    mask = np.ones((4, 10), np.float32)
    mask[1, 6:] = 0.0
    mask[3, 2:] = 0.0
    return AttentionPoolingHead(PoolingConfig()), (Tensor(h), Tensor(mask))
