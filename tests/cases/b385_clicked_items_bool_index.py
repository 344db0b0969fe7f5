# case: session encoder averages the embeddings of clicked behaviours picked with boolean-mask indexing hist[click_mask] across the whole batch -> boolean indexing yields a data-dependent row count, expect dynamic shape or rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SessionConfig:
    def __init__(self, item_vocab=50, emb_dim=8, use_click_pooling=True):
        self.item_vocab = item_vocab
        self.emb_dim = emb_dim
        self.use_click_pooling = use_click_pooling


class ClickedItemPooling(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_click_pooling = config.use_click_pooling
        self.item_emb = nn.Embedding(config.item_vocab, config.emb_dim)
        self.out = nn.Dense(config.emb_dim, config.emb_dim)

    def _global_click_vector(self, hist_emb, clicks):
        clicked = hist_emb[clicks.astype(ms.bool_)]
        return clicked.mean(axis=0, keep_dims=True)

    def construct(self, item_ids, clicks):
        hist_emb = self.item_emb(item_ids)
        if self.use_click_pooling:
            ctx = self._global_click_vector(hist_emb, clicks)
        else:
            ctx = hist_emb.mean(axis=(0, 1)).expand_dims(0)
        return self.out(hist_emb.mean(axis=1) + ctx)


def make():
    np.random.seed(38521)
    cfg = SessionConfig()
    ids = Tensor(np.random.randint(0, cfg.item_vocab, size=(3, 7)).astype(np.int32))
    clicks = Tensor((np.random.rand(3, 7) < 0.4).astype(np.int32))
    return ClickedItemPooling(cfg), (ids, clicks)
