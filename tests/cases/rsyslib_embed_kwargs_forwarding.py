# case: base sequential-recommender class provides an embedding helper taking *args/**kwargs (optional position ids defaulting to None, scale flag) that the SASRec subclass forwards to from construct -> argument forwarding with Python defaults, expected static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class SeqRecConfig:
    def __init__(self, n_items=30, hidden=8, max_len=10, scale_embeddings=True, dropout=0.1):
        self.n_items = n_items
        self.hidden = hidden
        self.max_len = max_len
        self.scale_embeddings = scale_embeddings
        self.dropout = dropout


class SeqRecBase(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.item_emb = nn.Embedding(config.n_items + 1, config.hidden, padding_idx=PAD_ID)
        self.pos_emb = nn.Embedding(config.max_len, config.hidden)
        self.drop = nn.Dropout(p=config.dropout)

    def embed(self, item_ids, position_ids=None, **kwargs):
        scale = kwargs.get("scale", False)
        x = self.item_emb(item_ids)
        if scale:
            x = x * math.sqrt(self.config.hidden)
        if position_ids is None:
            position_ids = ops.arange(item_ids.shape[1], dtype=ms.int32).expand_dims(0)
        x = x + self.pos_emb(position_ids)
        return self.drop(x) * (item_ids != PAD_ID).expand_dims(-1).astype(x.dtype)


class SASRec(SeqRecBase):
    def __init__(self, config):
        super().__init__(config)
        self.encoder = nn.Dense(config.hidden, config.hidden, activation="gelu")

    def construct(self, item_ids, *args, **kwargs):
        h = self.embed(item_ids, *args, scale=self.config.scale_embeddings, **kwargs)
        h = self.encoder(h)
        return ops.matmul(h[:, -1], self.item_emb.embedding_table.T)


def make():
    np.random.seed(3606)
    ids = np.random.randint(1, 31, size=(3, 10)).astype(np.int32)
    ids[2, :4] = PAD_ID
    model = SASRec(SeqRecConfig())
    model.set_train(False)
    return model, (Tensor(ids),)
