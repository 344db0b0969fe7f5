# case: batch collator inside the model truncates each session to its own length (from a lengths tensor) in a Python loop over rows, collecting per-session mean vectors in a list -> per-row slice lengths from tensor data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CollateConfig:
    def __init__(self, n_items=30, hidden=8, max_len=6):
        self.n_items = n_items
        self.hidden = hidden
        self.max_len = max_len


def session_means(h, lengths, batch_size):
    means = []
    for b in range(batch_size):
        n = lengths[b]
        means.append(h[b, :n].mean(axis=0))
    return ops.stack(means)


class RaggedSessionEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.max_len = config.max_len
        self.item_emb = nn.Embedding(config.n_items + 1, config.hidden, padding_idx=0)
        self.proj = nn.Dense(config.hidden, config.hidden)

    def construct(self, item_ids, lengths):
        item_ids = item_ids[:, :self.max_len]
        h = self.proj(self.item_emb(item_ids))
        lengths = ops.clamp(lengths, max=self.max_len)
        return session_means(h, lengths, item_ids.shape[0])


def make():
    np.random.seed(3603)
    ids = np.random.randint(1, 31, size=(3, 8)).astype(np.int32)
    lengths = np.array([8, 3, 5], np.int32)
    for b, n in enumerate(lengths):
        ids[b, n:] = 0
    return RaggedSessionEncoder(CollateConfig()), (Tensor(ids), Tensor(lengths))
