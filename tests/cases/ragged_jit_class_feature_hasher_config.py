# case: a @ms.jit_class feature-hasher config created in __init__ and read inside construct to hash id fields -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class HasherConfig:
    def __init__(self, num_buckets=64, seed=1337, fields=3):
        self.num_buckets = num_buckets
        self.seed = seed
        self.fields = fields


class FieldAwareHashedEmbedding(nn.Cell):
    """Hashes (field, id) pairs into one shared table, as in field-aware CTR models."""

    def __init__(self, dim=4, config=None):
        super().__init__()
        self.cfg = config if config is not None else HasherConfig()
        self.table = nn.Embedding(self.cfg.num_buckets, dim)

    def hash_pair(self, field_idx, ids):
        mixed = ids * 31 + field_idx * self.cfg.seed
        return ops.floor_mod(mixed, self.cfg.num_buckets)

    def construct(self, ids):
        field_idx = ops.arange(self.cfg.fields, dtype=ms.int32).view(1, -1)
        buckets = self.hash_pair(field_idx, ids)
        return self.table(buckets).reshape(ids.shape[0], -1)


def make():
    np.random.seed(0)
    ids = Tensor(np.random.randint(0, 5000, size=(4, 3)).astype(np.int32))
    return FieldAwareHashedEmbedding(), (ids,)
