# case: full-catalogue next-item recommendation returns the top-k item ids with k read from the inference config and already-seen items masked out -> k is a Python int, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InferenceConfig:
    def __init__(self, n_items=80, hidden=16, top_k=10, exclude_history=True, return_scores=False):
        self.n_items = n_items
        self.hidden = hidden
        self.top_k = top_k
        self.exclude_history = exclude_history
        self.return_scores = return_scores


class FullCatalogueRecommender(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.item_table = ms.Parameter(
            Tensor(np.random.randn(config.n_items + 1, config.hidden).astype(np.float32) * 0.1), name="item_table")
        self.top_k = int(config.top_k)
        self.exclude_history = config.exclude_history
        self.return_scores = config.return_scores
        self.n_items = config.n_items

    def _mask_history(self, scores, history):
        seen = ops.one_hot(history, self.n_items + 1, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).max(axis=1)
        return ops.masked_fill(scores, seen > 0, -1e9)

    def construct(self, user_state, history):
        scores = ops.matmul(user_state, self.item_table.T)
        scores[:, 0] = -1e9
        if self.exclude_history:
            scores = self._mask_history(scores, history)
        top_scores, top_ids = ops.topk(scores, self.top_k)
        return (top_ids, top_scores) if self.return_scores else (top_ids,)


def make():
    np.random.seed(3578)
    model = FullCatalogueRecommender(InferenceConfig())
    state = Tensor(np.random.randn(3, 16).astype(np.float32))
    history = Tensor(np.random.randint(1, 81, size=(3, 6)).astype(np.int32))
    return model, (state, history)
