# case: feature preprocessing cell packs the sparse inputs into a dict keyed by field name, drops the raw user_id with `del` after hashing it into a bucket field, then embeds the remaining fields in key order -> dict mutation and del in construct, expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FIELDS = ("user_id", "item_id", "category")
USER_BUCKETS = 64


class PrepConfig:
    def __init__(self, vocab=128, emb_dim=8, hash_user=True):
        self.vocab = vocab
        self.emb_dim = emb_dim
        self.hash_user = hash_user


class FeatureDictEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.hash_user = config.hash_user
        self.table = nn.Embedding(config.vocab, config.emb_dim)

    def _prepare(self, user_id, item_id, category):
        feats = {"user_id": user_id, "item_id": item_id, "category": category}
        if self.hash_user:
            feats["user_bucket"] = feats["user_id"] % USER_BUCKETS
            del feats["user_id"]
        return feats

    def construct(self, user_id, item_id, category):
        feats = self._prepare(user_id, item_id, category)
        embs = [self.table(feats[name]) for name in feats.keys()]
        return ops.stack(embs, axis=1)


def make():
    np.random.seed(38538)
    cfg = PrepConfig()
    user = Tensor(np.random.randint(0, 10000, size=(4,)).astype(np.int32))
    item = Tensor(np.random.randint(0, cfg.vocab, size=(4,)).astype(np.int32))
    cat = Tensor(np.random.randint(0, cfg.vocab, size=(4,)).astype(np.int32))
    return FeatureDictEmbedding(cfg), (user, item, cat)
