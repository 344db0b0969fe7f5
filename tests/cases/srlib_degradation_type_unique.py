# case: blind-SR degradation encoder embeds only the distinct degradation types present in the batch (ops.unique over per-sample type ids) and averages them -> output length from data, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DegradationConfig:
    def __init__(self, num_types=6, embed_dim=8, use_unique=True):
        self.num_types = num_types
        self.embed_dim = embed_dim
        self.use_unique = use_unique


class DegradationEmbedding(nn.Embedding):
    def __init__(self, config):
        super().__init__(config.num_types, config.embed_dim)
        self.use_unique = config.use_unique

    def construct(self, type_ids):
        if self.use_unique:
            type_ids, _ = ops.unique(type_ids.reshape(-1))
        emb = super().construct(type_ids)
        return emb.mean(axis=0, keep_dims=True)


class DegradationAwareModulation(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = DegradationEmbedding(config)
        self.to_scale = nn.Dense(config.embed_dim, config.embed_dim)

    def construct(self, feat, type_ids):
        code = self.embed(type_ids)
        scale = ops.sigmoid(self.to_scale(code)).reshape(1, -1, 1, 1)
        return feat * scale


def make():
    np.random.seed(21)
    feat = Tensor(np.random.randn(2, 8, 5, 5).astype(np.float32))
    type_ids = Tensor(np.array([1, 3, 3, 1], np.int32))
    return DegradationAwareModulation(DegradationConfig()), (feat, type_ids)
