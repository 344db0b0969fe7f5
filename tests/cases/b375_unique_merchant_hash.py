# case: hashed merchant bag encoder deduplicates hashed merchant buckets with ops.unique before embedding and averaging -> dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

HASH_MULT = 31
HASH_SALT = 7


class MerchantBagConfig:
    num_buckets = 97
    dim = 8
    dedup = True
    normalize = False


class MerchantBagEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_buckets = config.num_buckets
        self.dedup = getattr(config, "dedup", False)
        self.normalize = config.normalize
        self.embed = nn.Embedding(config.num_buckets, config.dim)

    def _hash(self, ids):
        return ops.floor_mod(ids * HASH_MULT + HASH_SALT, self.num_buckets)

    def construct(self, merchant_ids):
        buckets = self._hash(merchant_ids).reshape(-1)
        if self.dedup:
            buckets, _ = ops.unique(buckets)
        vecs = self.embed(buckets)
        bag = vecs.mean(axis=0, keep_dims=True)
        if self.normalize:
            bag = ops.L2Normalize(axis=-1)(bag)
        return bag


def make():
    np.random.seed(3755)
    ids = np.random.randint(0, 400, size=(3, 10)).astype(np.int32)
    ids[1, :4] = ids[0, :4]
    return MerchantBagEncoder(MerchantBagConfig()), (Tensor(ids),)
