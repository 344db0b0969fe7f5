# case: embedding table with an optional grow-to-max-id path (dynamic_vocab flag, False by default) that would size rows with int(ids.max()); the default path clips ids to the static vocab -> hazard unreachable, Graph mode likely compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, Normal


class TableConfig:
    def __init__(self, vocab_size=64, embed_dim=8, dynamic_vocab=False, oov_bucket=True):
        self.vocab_size = vocab_size
        self.embed_dim = embed_dim
        self.dynamic_vocab = dynamic_vocab
        self.oov_bucket = oov_bucket


class ElasticEmbedding(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.vocab_size = config.vocab_size
        self.dynamic_vocab = config.dynamic_vocab
        self.oov_bucket = config.oov_bucket
        rows = config.vocab_size + (1 if config.oov_bucket else 0)
        self.table = Parameter(initializer(Normal(0.02), (rows, config.embed_dim), ms.float32), name="table")

    def _map_ids(self, ids):
        if self.oov_bucket:
            return ops.where(ids >= self.vocab_size, ops.full_like(ids, self.vocab_size), ids)
        return ops.clamp(ids, 0, self.vocab_size - 1)

    def construct(self, ids):
        if self.dynamic_vocab:
            used = int(ids.max()) + 1
            return ops.gather(self.table[:used], ids, 0)
        return ops.gather(self.table, self._map_ids(ids), 0)


def make():
    np.random.seed(3937)
    ids = Tensor(np.random.randint(0, 80, size=(4, 3)), ms.int32)
    return ElasticEmbedding(TableConfig()), (ids,)
