# case: user tower packs categorical features into a dict with constant keys inside construct and loops over a tuple of field names to sum embeddings -> constant-key dict and constant loop, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FIELD_VOCAB = {"age_bucket": 10, "city": 20, "device": 5}


class UserFieldTower(nn.Cell):
    def __init__(self, emb_dim=8, field_vocab=None):
        super().__init__()
        field_vocab = field_vocab or FIELD_VOCAB
        self.fields = tuple(sorted(field_vocab))
        self.age_emb = nn.Embedding(field_vocab["age_bucket"], emb_dim)
        self.city_emb = nn.Embedding(field_vocab["city"], emb_dim)
        self.device_emb = nn.Embedding(field_vocab["device"], emb_dim)
        self.out = nn.Dense(emb_dim, emb_dim)

    def lookup(self, name, ids):
        if name == "age_bucket":
            return self.age_emb(ids)
        if name == "city":
            return self.city_emb(ids)
        return self.device_emb(ids)

    def construct(self, age_ids, city_ids, device_ids):
        feats = {"age_bucket": age_ids, "city": city_ids, "device": device_ids}
        total = ops.zeros((age_ids.shape[0], self.out.in_channels), ms.float32)
        for name in self.fields:
            total = total + self.lookup(name, feats[name])
        return self.out(total / len(self.fields))


def make():
    np.random.seed(20)
    age = Tensor(np.random.randint(0, 10, size=6).astype(np.int32))
    city = Tensor(np.random.randint(0, 20, size=6).astype(np.int32))
    device = Tensor(np.random.randint(0, 5, size=6).astype(np.int32))
    return UserFieldTower(), (age, city, device)
