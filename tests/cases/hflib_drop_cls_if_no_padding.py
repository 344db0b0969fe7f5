# case: sentence encoder head that strips the CLS token only when the batch contains no padding (checked on the attention mask tensor), otherwise keeps the full sequence -> if on a tensor value whose branches return different sequence lengths, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SentenceConfig:
    hidden_size = 16
    pooling = "mean"
    strip_special_tokens = True


class SentencePoolingHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.strip_special_tokens = config.strip_special_tokens
        self.dense = nn.Dense(config.hidden_size, config.hidden_size)

    def _maybe_strip(self, token_embeddings, attention_mask):
        if attention_mask.min() > 0:
            token_embeddings = token_embeddings[:, 1:]
        return token_embeddings

    def construct(self, token_embeddings, attention_mask):
        if self.strip_special_tokens:
            token_embeddings = self._maybe_strip(token_embeddings, attention_mask)
        pooled = token_embeddings.mean(axis=1)
        return self.dense(pooled), token_embeddings


def make():
    np.random.seed(59)
    head = SentencePoolingHead(SentenceConfig())
    tok = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    mask = Tensor(np.ones((2, 6), dtype=np.int32))
    return head, (tok, mask)
