# case: feature-column embedding collection looks each input field up by name and falls back to a shared table on KeyError via try/except in construct -> try statement in construct, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColumnConfig:
    def __init__(self, columns=(("user_id", 50), ("item_id", 80)), embed_dim=8, shared_vocab=30):
        self.columns = columns
        self.embed_dim = embed_dim
        self.shared_vocab = shared_vocab


class EmbeddingCollection(nn.Cell):
    def __init__(self, config, field_names=None):
        super().__init__()
        self.tables = nn.CellDict({name: nn.Embedding(vocab, config.embed_dim) for name, vocab in config.columns})
        self.shared = nn.Embedding(config.shared_vocab, config.embed_dim)
        self.field_names = field_names if field_names is not None else tuple(n for n, _ in config.columns)

    def _lookup(self, name, ids):
        try:
            table = self.tables[name]
        except KeyError:
            table = self.shared
        return table(ids)

    def construct(self, *field_ids):
        embs = [self._lookup(name, ids) for name, ids in zip(self.field_names, field_ids)]
        return ops.stack(embs, axis=1)


def make():
    np.random.seed(3930)
    cfg = ColumnConfig()
    user = Tensor(np.random.randint(0, 50, size=(4,)), ms.int32)
    item = Tensor(np.random.randint(0, 80, size=(4,)), ms.int32)
    ctx = Tensor(np.random.randint(0, 30, size=(4,)), ms.int32)
    net = EmbeddingCollection(cfg, field_names=("user_id", "item_id", "context"))
    return net, (user, item, ctx)
