# case: pooling mixin shared by text encoders whose _lengths helper computes per-sample valid lengths with .asnumpy() and NumPy before dividing the masked sum -> .asnumpy()/NumPy on a tensor inside construct, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoolingMixin:
    def _lengths(self, attention_mask):
        lengths = np.maximum(attention_mask.asnumpy().sum(axis=1, keepdims=True), 1)
        return Tensor(lengths.astype(np.float32))

    def masked_mean(self, hidden_states, attention_mask):
        summed = (hidden_states * attention_mask[..., None].astype(hidden_states.dtype)).sum(axis=1)
        return summed / self._lengths(attention_mask)


class EncoderConfig:
    hidden_size = 16
    projection_dim = 8


class SentenceEmbeddingHead(nn.Cell, PoolingMixin):
    def __init__(self, config):
        super().__init__()
        self.projection = nn.Dense(config.hidden_size, config.projection_dim)

    def construct(self, last_hidden_state, attention_mask):
        pooled = self.masked_mean(last_hidden_state, attention_mask)
        emb = self.projection(pooled)
        return emb / ops.norm(emb, dim=-1, keepdim=True)


def make():
    np.random.seed(65)
    head = SentenceEmbeddingHead(EncoderConfig())
    h = Tensor(np.random.randn(3, 6, 16).astype(np.float32))
    m = np.ones((3, 6), dtype=np.int32)
    m[1, 3:] = 0
    m[2, 5:] = 0
    return head, (h, Tensor(m))
