# case: YouTube-DNN style watch-history encoder averages padded behaviour embeddings by dividing the masked sum by each user's length tensor, computing that length from the mask -> lengths used only as values, not as sizes, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryConfig:
    def __init__(self, item_vocab=200, emb_dim=16, out_dim=8, padding_idx=0, l2_normalize=True):
        self.item_vocab = item_vocab
        self.emb_dim = emb_dim
        self.out_dim = out_dim
        self.padding_idx = padding_idx
        self.l2_normalize = l2_normalize


def sequence_mask_from_ids(ids, padding_idx):
    return (ids != padding_idx).astype(ms.float32)


class WatchHistoryEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.padding_idx = config.padding_idx
        self.l2_normalize = config.l2_normalize
        self.item_emb = nn.Embedding(config.item_vocab, config.emb_dim, padding_idx=config.padding_idx)
        self.proj = nn.Dense(config.emb_dim, config.out_dim)

    def construct(self, history_ids):
        mask = sequence_mask_from_ids(history_ids, self.padding_idx)
        lengths = mask.sum(axis=1, keepdims=True)
        emb = self.item_emb(history_ids) * mask.expand_dims(-1)
        pooled = emb.sum(axis=1) / ops.maximum(lengths, 1.0)
        out = self.proj(pooled)
        if self.l2_normalize:
            out = out / ops.sqrt((out * out).sum(-1, keepdims=True) + 1e-8)
        return out


def make():
    np.random.seed(38539)
    cfg = HistoryConfig()
    ids = np.random.randint(1, cfg.item_vocab, size=(4, 9)).astype(np.int32)
    for row, n in enumerate([9, 3, 0, 6]):
        ids[row, n:] = cfg.padding_idx
    return WatchHistoryEncoder(cfg), (Tensor(ids),)
