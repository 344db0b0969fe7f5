# case: behaviour-sequence pooling mixin drops padded positions with boolean-mask indexing before computing a global item centroid -> boolean indexing gives a data-dependent shape, Graph mode rejects or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class PoolingMixin:
    def valid_items(self, hist_emb, hist_ids):
        valid = hist_ids != getattr(self, "pad_id", PAD_ID)
        return hist_emb[valid]


class HistoryConfig:
    def __init__(self, num_items=100, embed_dim=8, center=True):
        self.num_items = num_items
        self.embed_dim = embed_dim
        self.center = center


class CenteredHistoryPooling(nn.Cell, PoolingMixin):
    def __init__(self, config):
        super().__init__()
        self.embedding = nn.Embedding(config.num_items, config.embed_dim, padding_idx=PAD_ID)
        self.center = config.center
        self.pad_id = PAD_ID

    def construct(self, hist_ids):
        hist_emb = self.embedding(hist_ids)
        if self.center:
            centroid = self.valid_items(hist_emb, hist_ids).mean(axis=0)
            hist_emb = hist_emb - centroid
        mask = (hist_ids != self.pad_id).astype(hist_emb.dtype).expand_dims(-1)
        return (hist_emb * mask).sum(axis=1)


def make():
    np.random.seed(3923)
    hist_ids = Tensor(np.array([[4, 9, 0, 0], [12, 0, 0, 0], [7, 3, 55, 0]]), ms.int32)
    return CenteredHistoryPooling(HistoryConfig()), (hist_ids,)
