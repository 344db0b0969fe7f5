# case: chat toxicity model averages token embeddings of padded messages by multiplying with a fixed-size padding mask -> mask multiplied in, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMeanPool(nn.Cell):
    def construct(self, tokens, mask):
        m = mask.astype(tokens.dtype).expand_dims(-1)
        summed = (tokens * m).sum(axis=1)
        denom = ops.clamp(m.sum(axis=1), min=1.0)
        return summed / denom


class ChatToxicityClassifier(nn.Cell):
    def __init__(self, vocab=100, dim=16, num_labels=4):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim, padding_idx=0)
        self.pool = MaskedMeanPool()
        self.head = nn.Dense(dim, num_labels)

    def construct(self, token_ids):
        mask = token_ids != 0
        emb = self.embed(token_ids)
        pooled = self.pool(emb, mask)
        return ops.sigmoid(self.head(pooled))


def make():
    np.random.seed(34)
    ids = np.random.randint(1, 100, size=(6, 10)).astype(np.int32)
    ids[:, 7:] = 0
    ids[2, 4:] = 0
    return ChatToxicityClassifier(100, 16, 4), (Tensor(ids),)
