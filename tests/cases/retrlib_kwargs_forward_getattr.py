# case: retrieval wrapper forwards *args/**kwargs to its backbone and reads pooling/normalize with getattr defaults -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BackboneConfig:
    def __init__(self, vocab_size=60, hidden_size=16):
        self.vocab_size = vocab_size
        self.hidden_size = hidden_size


class Backbone(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Embedding(config.vocab_size, config.hidden_size)
        self.ff = nn.Dense(config.hidden_size, config.hidden_size)

    def construct(self, input_ids, attention_mask=None, token_type_ids=None):
        h = self.embed(input_ids)
        if token_type_ids is not None:
            h = h + token_type_ids.expand_dims(-1).astype(h.dtype)
        h = ops.tanh(self.ff(h))
        if attention_mask is not None:
            h = h * attention_mask.expand_dims(-1).astype(h.dtype)
        return h


class RetrievalWrapper(nn.Cell):
    def __init__(self, backbone, config):
        super().__init__()
        self.backbone = backbone
        self.pooling = getattr(config, "pooling", "cls")
        self.normalize = getattr(config, "normalize", True)

    def encode(self, *args, **kwargs):
        h = self.backbone(*args, **kwargs)
        pooled = h[:, 0] if self.pooling == "cls" else h.mean(axis=1)
        if self.normalize:
            pooled = pooled / ops.sqrt((pooled * pooled).sum(axis=-1, keepdims=True) + 1e-6)
        return pooled

    def construct(self, q_ids, q_mask, p_ids, p_mask):
        q = self.encode(q_ids, attention_mask=q_mask)
        p = self.encode(p_ids, attention_mask=p_mask, token_type_ids=ops.zeros_like(p_ids))
        return ops.matmul(q, p.T)


def make():
    np.random.seed(33)
    cfg = BackboneConfig()
    qi = Tensor(np.random.randint(1, 60, (3, 5)).astype(np.int32))
    pi = Tensor(np.random.randint(1, 60, (3, 9)).astype(np.int32))
    return RetrievalWrapper(Backbone(cfg), cfg), (qi, Tensor(np.ones((3, 5), np.int32)), pi, Tensor(np.ones((3, 9), np.int32)))
