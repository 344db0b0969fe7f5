# case: multi-task sequential recommender (next-item CE plus side-info category CE) returns its loss terms in a dict with constant string keys built by a comprehension over task names -> dict with constant keys returned from construct, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TASKS = ("next_item", "category")


class MultiTaskConfig:
    def __init__(self, n_items=30, n_cats=5, hidden=8, category_weight=0.3):
        self.n_items = n_items
        self.n_cats = n_cats
        self.hidden = hidden
        self.category_weight = category_weight


class MultiTaskHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.heads = nn.CellList([nn.Dense(config.hidden, config.n_items + 1),
                                  nn.Dense(config.hidden, config.n_cats)])
        self.weights = (1.0, config.category_weight)
        self.ce = nn.CrossEntropyLoss()

    def construct(self, state, item_target, cat_target):
        targets = (item_target, cat_target)
        terms = {name: w * self.ce(head(state), t)
                 for name, head, w, t in zip(TASKS, self.heads, self.weights, targets)}
        terms["total"] = terms["next_item"] + terms["category"]
        return terms


def make():
    np.random.seed(3610)
    state = Tensor(np.random.randn(4, 8).astype(np.float32))
    item_t = Tensor(np.random.randint(0, 31, size=(4,)).astype(np.int32))
    cat_t = Tensor(np.random.randint(0, 5, size=(4,)).astype(np.int32))
    return MultiTaskHead(MultiTaskConfig()), (state, item_t, cat_t)
