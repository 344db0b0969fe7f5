# case: sequential recommender returns a plain Python output object (logits, hidden, attentions) because config.return_dict defaults to True -> plain class instance built and returned in construct, Graph mode likely rejects it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeqRecModelOutput:
    def __init__(self, logits, last_hidden=None, attentions=None):
        self.logits = logits
        self.last_hidden = last_hidden
        self.attentions = attentions


class SeqRecConfig:
    def __init__(self, n_items=40, hidden=16, use_return_dict=True, output_attentions=False):
        self.n_items = n_items
        self.hidden = hidden
        self.use_return_dict = use_return_dict
        self.output_attentions = output_attentions


class GRU4RecLike(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.item_emb = nn.Embedding(config.n_items + 1, config.hidden, padding_idx=0)
        self.mix = nn.Dense(config.hidden, config.hidden, activation="tanh")
        self.head = nn.Dense(config.hidden, config.n_items + 1)

    def construct(self, item_ids, return_dict=None):
        return_dict = return_dict if return_dict is not None else self.config.use_return_dict
        h = self.mix(self.item_emb(item_ids)).mean(axis=1)
        logits = self.head(h)
        if not return_dict:
            return (logits, h)
        return SeqRecModelOutput(logits=logits, last_hidden=h)


def make():
    np.random.seed(3580)
    ids = Tensor(np.random.randint(0, 41, size=(2, 7)).astype(np.int32))
    return GRU4RecLike(SeqRecConfig()), (ids,)
