# case: output layer subclasses nn.Dense, adds a per-item popularity bias Parameter created in a helper, calls super().construct and masks the padding item with masked_fill -> ordinary subclassing and constant masks, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class ScorerConfig:
    def __init__(self, n_items=30, hidden=8, use_item_bias=True, mask_padding=True):
        self.n_items = n_items
        self.hidden = hidden
        self.use_item_bias = use_item_bias
        self.mask_padding = mask_padding


class ItemScorer(nn.Dense):
    def __init__(self, config):
        super().__init__(config.hidden, config.n_items + 1, has_bias=False)
        self.use_item_bias = config.use_item_bias
        self.mask_padding = config.mask_padding
        self._init_item_bias(config.n_items + 1)

    def _init_item_bias(self, n_out):
        pop = np.log1p(np.arange(n_out, 0, -1, dtype=np.float32)) * 0.01
        self.item_bias = ms.Parameter(Tensor(pop), name="item_bias")
        pad = np.zeros((n_out,), np.bool_)
        pad[PAD_ID] = True
        self.pad_mask = Tensor(pad)

    def construct(self, x):
        logits = super().construct(x)
        if self.use_item_bias:
            logits = logits + self.item_bias
        if self.mask_padding:
            logits = ops.masked_fill(logits, self.pad_mask, -1e9)
        return logits


def make():
    np.random.seed(3604)
    state = Tensor(np.random.randn(4, 8).astype(np.float32))
    return ItemScorer(ScorerConfig()), (state,)
