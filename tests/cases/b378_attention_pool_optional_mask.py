# case: attention pooling over time accepts an Optional padding mask for variable-length clips; called without a mask, the masked_fill branch is guarded by `is not None` -> should compile statically
from typing import Optional
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class PoolConfig:
    hidden_size = 32
    n_classes = 6
    output_attentions = True


class AttentionPool(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.score = nn.Dense(config.hidden_size, 1)
        self.classifier = nn.Dense(config.hidden_size, config.n_classes)
        self.output_attentions = config.output_attentions

    def construct(self, hidden, padding_mask: Optional[Tensor] = None):
        # hidden: (B, T, H); padding_mask: (B, T) True where frame is padding
        logits = self.score(hidden).squeeze(-1)
        if padding_mask is not None:
            logits = logits.masked_fill(padding_mask, NEG_INF)
        attn = ops.softmax(logits, axis=-1)
        pooled = (attn.expand_dims(-1) * hidden).sum(axis=1)
        clip_logits = self.classifier(pooled)
        outputs = (clip_logits,) + (attn,) if self.output_attentions else (clip_logits,)
        return outputs


def make():
    np.random.seed(3813)
    hidden = Tensor(np.random.randn(2, 25, 32).astype(np.float32))
    return AttentionPool(PoolConfig()), (hidden,)
