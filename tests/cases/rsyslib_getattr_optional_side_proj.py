# case: item encoder only creates a side-information projection when config.use_side_info is set (default False); construct looks it up with getattr(self, "side_proj", None) and skips fusion when absent -> Python-level attribute check, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class ItemEncoderConfig:
    def __init__(self, n_items=30, hidden=8, n_side=4, use_side_info=False):
        self.n_items = n_items
        self.hidden = hidden
        self.n_side = n_side
        self.use_side_info = use_side_info


class ItemEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.item_emb = nn.Embedding(config.n_items + 1, config.hidden, padding_idx=PAD_ID)
        if config.use_side_info:
            self.side_proj = nn.Dense(config.n_side, config.hidden)
        self.norm = nn.LayerNorm((config.hidden,))

    def construct(self, item_ids, side_feats=None):
        h = self.item_emb(item_ids)
        side_proj = getattr(self, "side_proj", None)
        if side_proj is not None and side_feats is not None:
            h = h + side_proj(side_feats)
        return self.norm(h)


def make():
    np.random.seed(3608)
    ids = Tensor(np.random.randint(0, 31, size=(2, 6)).astype(np.int32))
    side = Tensor(np.random.rand(2, 6, 4).astype(np.float32))
    return ItemEncoder(ItemEncoderConfig()), (ids, side)
