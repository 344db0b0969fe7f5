# case: sequential recommender whose output-class branch is guarded by config.use_return_dict, which defaults to False and no caller changes it, so a tuple is returned -> the plain-class branch is dead with a constant flag; expected to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeqRecModelOutput:
    def __init__(self, logits, last_hidden=None):
        self.logits = logits
        self.last_hidden = last_hidden


class SeqRecConfig:
    def __init__(self, n_items=40, hidden=16, use_return_dict=False):
        self.n_items = n_items
        self.hidden = hidden
        self.use_return_dict = use_return_dict


class GRU4RecLike(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_return_dict = config.use_return_dict
        self.item_emb = nn.Embedding(config.n_items + 1, config.hidden, padding_idx=0)
        self.mix = nn.Dense(config.hidden, config.hidden, activation="tanh")
        self.head = nn.Dense(config.hidden, config.n_items + 1)

    def construct(self, item_ids):
        h = self.mix(self.item_emb(item_ids)).mean(axis=1)
        logits = self.head(h)
        if self.use_return_dict:
            return SeqRecModelOutput(logits=logits, last_hidden=h)
        return (logits, h)


def make():
    np.random.seed(3581)
    ids = Tensor(np.random.randint(0, 41, size=(2, 7)).astype(np.int32))
    return GRU4RecLike(SeqRecConfig()), (ids,)
