# case: incremental next-item scorer keeps the last session representation on self when config.use_cache is on (default) so the serving loop can reuse it -> writes a tensor to a self attribute inside construct, Graph mode may reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ServingConfig:
    def __init__(self, n_items=30, hidden=16, use_cache=True):
        self.n_items = n_items
        self.hidden = hidden
        self.use_cache = use_cache


class IncrementalScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_cache = config.use_cache
        self.item_emb = nn.Embedding(config.n_items + 1, config.hidden, padding_idx=0)
        self.cell = nn.Dense(2 * config.hidden, config.hidden, activation="tanh")
        self.session_state = None

    def _update_cache(self, state):
        if self.use_cache:
            self.session_state = state

    def construct(self, prev_state, new_item):
        x = self.item_emb(new_item)
        state = self.cell(ops.concat((prev_state, x), axis=-1))
        self._update_cache(state)
        return ops.matmul(state, self.item_emb.embedding_table.T)


def make():
    np.random.seed(3583)
    prev = Tensor(np.random.randn(2, 16).astype(np.float32))
    item = Tensor(np.array([3, 17], np.int32))
    return IncrementalScorer(ServingConfig()), (prev, item)
