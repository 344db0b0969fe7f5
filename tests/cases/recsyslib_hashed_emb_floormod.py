# case: hashed feature embedding with optional bucket count from config, ids folded with floor_mod by a Python int -> static shapes, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, TruncatedNormal


class FeatureConfig:
    vocab_size = 1000
    embed_dim = 8
    num_buckets = None
    use_hash = True
    padding_idx = 0


def _resolve_buckets(config):
    buckets = getattr(config, "num_buckets", None)
    return config.vocab_size if buckets is None else buckets


class HashedFeatureEmbedding(nn.Cell):
    def __init__(self, config, scale=None):
        super().__init__()
        self.use_hash = config.use_hash
        self.num_buckets = _resolve_buckets(config)
        self.padding_idx = config.padding_idx
        self.scale = 1.0 if scale is None else scale
        self.weight = Parameter(initializer(TruncatedNormal(0.02), (self.num_buckets, config.embed_dim)),
                                name="feature_table")

    def construct(self, ids, mask=None):
        if self.use_hash:
            ids = ops.floor_mod(ids * 2654435761 % 2147483647, self.num_buckets)
        emb = ops.gather(self.weight, ids, 0) * self.scale
        if mask is None:
            mask = ops.not_equal(ids, self.padding_idx)
        emb = emb * ops.expand_dims(mask.astype(emb.dtype), -1)
        return emb


def make():
    np.random.seed(3902)
    ids = Tensor(np.random.randint(0, 5000, size=(4, 6)), ms.int64)
    return HashedFeatureEmbedding(FeatureConfig()), (ids,)
