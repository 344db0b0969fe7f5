# case: serving wrapper around a DeepFM backbone forwards *inputs and **kwargs to it, and applies sigmoid only when the config's output_probs flag (never changed) is set -> variadic forwarding resolved at compile time, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeepFMConfig:
    def __init__(self, num_fields=5, vocab_size=100, emb_dim=8, hidden=32, output_probs=True):
        self.num_fields = num_fields
        self.vocab_size = vocab_size
        self.emb_dim = emb_dim
        self.hidden = hidden
        self.output_probs = output_probs


class DeepFM(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embedding = nn.Embedding(config.vocab_size, config.emb_dim)
        self.linear = nn.Embedding(config.vocab_size, 1)
        self.dnn = nn.SequentialCell([nn.Dense(config.num_fields * config.emb_dim, config.hidden), nn.ReLU(),
                                      nn.Dense(config.hidden, 1)])

    def construct(self, ids, values, field_weights=None):
        v = self.embedding(ids) * values.expand_dims(-1)
        if field_weights is not None:
            v = v * field_weights.reshape(1, -1, 1)
        first = (self.linear(ids).squeeze(-1) * values).sum(axis=1, keepdims=True)
        fm = 0.5 * (v.sum(axis=1) ** 2 - (v * v).sum(axis=1)).sum(axis=1, keepdims=True)
        return first + fm + self.dnn(v.reshape(v.shape[0], -1))


class ServingWrapper(nn.Cell):
    def __init__(self, backbone, config):
        super().__init__()
        self.backbone = backbone
        self.output_probs = config.output_probs

    def construct(self, *inputs, **kwargs):
        logits = self.backbone(*inputs, **kwargs)
        return ops.sigmoid(logits) if self.output_probs else logits


def make():
    np.random.seed(38527)
    cfg = DeepFMConfig()
    ids = Tensor(np.random.randint(0, cfg.vocab_size, size=(4, cfg.num_fields)).astype(np.int32))
    values = Tensor(np.ones((4, cfg.num_fields), dtype=np.float32))
    return ServingWrapper(DeepFM(cfg), cfg), (ids, values)
